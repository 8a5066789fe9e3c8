package org.mobilitydesk.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerminateInput", description = "Terminate an agreement in force. The termination date must give one academic year of notice (the end of the academic year after the current one, or later) unless overrideNotice is true and overrideReason says why.")
public record TerminateInput(
        @Schema(required = true, examples = "3") @NotNull Integer version,
        @Schema(required = true, examples = "2028-08-31") @NotNull LocalDate terminationDate,
        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "Terminate with less notice; needs overrideReason") Boolean overrideNotice,
        @Schema(maxLength = 2000) @Size(max = 2000) String overrideReason) {
}
