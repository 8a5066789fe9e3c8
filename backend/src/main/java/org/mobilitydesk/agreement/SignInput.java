package org.mobilitydesk.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignInput", description = "The home institution signs the current conditions (their hash). Signer and date default to what the agreement holds, the date to today.")
public record SignInput(
        @Schema(required = true, examples = "3") @NotNull Integer version,
        @Schema(maxLength = 200) @Size(max = 200) String signerName,
        @Schema(maxLength = 254) @Email @Size(max = 254) String signerEmail,
        LocalDate signingDate) {
}
