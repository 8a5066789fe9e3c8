package org.mobilitydesk.application.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.application.EligibilityDecision;

@Schema(name = "EligibilityDecisionInput", description = "The coordinator's eligibility decision on a submitted application")
public record EligibilityInput(
        @Schema(required = true, description = "The version of the application you loaded", examples = "0") @NotNull Integer version,
        @Schema(required = true, description = "PENDING takes a decision back") @NotNull EligibilityDecision decision,
        @Schema(description = "Required for INELIGIBLE; the applicant reads it", maxLength = 2000, examples = "The grade average is below 4.0 of 5")
        @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
