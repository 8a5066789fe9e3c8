package org.mobilitydesk.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.institution.Contact;

@Schema(name = "AgreementSide", description = "What one of the two institutions keeps of the agreement: its own id or code, who signed and when, its contacts")
public record AgreementSide(
        @Schema(maxLength = 100, description = "The institution's own id or code of the agreement", examples = "IIA-2024-017") @Size(max = 100) String localId,
        @Schema(maxLength = 200, examples = "Aida Asanova") @Size(max = 200) String signerName,
        @Schema(maxLength = 254, examples = "iro@ihsm.kg") @Email @Size(max = 254) String signerEmail,
        @Schema(examples = "2024-05-14") LocalDate signingDate,
        @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid Contact> contacts) {

    static final AgreementSide EMPTY = new AgreementSide(null, null, null, null, List.of());

    /** Stripped text, blank as absent, contacts never null. */
    AgreementSide cleaned() {
        return new AgreementSide(blankToNull(localId), blankToNull(signerName), blankToNull(signerEmail), signingDate,
                List.copyOf(Objects.requireNonNullElse(contacts, List.of())));
    }

    /** This side signed on that day; a signer given replaces the one on record. */
    AgreementSide signed(String name, String email, LocalDate date) {
        return new AgreementSide(localId, Objects.requireNonNullElse(blankToNull(name), Objects.toString(signerName, "")),
                Objects.requireNonNullElse(blankToNull(email), Objects.toString(signerEmail, "")), date, contacts).cleaned();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
