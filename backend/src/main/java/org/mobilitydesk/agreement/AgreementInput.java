package org.mobilitydesk.agreement;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementInput", description = "An agreement with the partner as the coordinator enters it. Changing the years or the flows makes a new version of the conditions that the partner must approve again.")
public record AgreementInput(
        @Schema(required = true, description = "The partner institution; cannot change once created") @NotNull UUID partnerInstitutionId,
        @Schema(required = true, examples = "2024/2025") @NotNull String firstAcademicYear,
        @Schema(required = true, examples = "2027/2028") @NotNull String lastAcademicYear,
        @Schema(description = "The home institution's side") @Valid AgreementSide home,
        @Schema(description = "The partner's side") @Valid AgreementSide partner,
        @Schema(maxLength = 4000, description = "Internal notes of the home institution, never shown to the partner") @Size(max = 4000) String notes,
        @Schema(maxItems = 100) @Size(max = 100) List<@NotNull @Valid FlowData> flows,
        @Schema(maxItems = 20, description = "The KA171 projects funding this agreement's mobilities; each must list the partner. Changing them is a plain edit: the conditions stay as approved.") @Size(max = 20) List<@NotNull UUID> projectIds,
        @Schema(description = "The version you loaded; required when updating", examples = "3") Integer version) {

    Conditions conditions() {
        return new Conditions(firstAcademicYear, lastAcademicYear,
                Objects.requireNonNullElse(flows, List.<FlowData>of()).stream().map(FlowData::toFlow).toList());
    }
}
