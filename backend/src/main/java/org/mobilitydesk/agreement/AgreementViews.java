package org.mobilitydesk.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.agreement.ConditionsDiff.FieldChange;
import org.mobilitydesk.agreement.ConditionsDiff.FlowChange;
import org.mobilitydesk.common.Page;
import org.mobilitydesk.project.ProjectViews.ProjectRef;

/** What the agreement API answers. */
public final class AgreementViews {

    private AgreementViews() {
    }

    @Schema(name = "AgreementSummary", description = "An agreement in a list")
    public record AgreementSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID partnerInstitutionId,
            @Schema(required = true, examples = "University of Tartu") String partnerName,
            @Schema(required = true, examples = "2024/2025") String firstAcademicYear,
            @Schema(required = true, examples = "2027/2028") String lastAcademicYear,
            @Schema(required = true, description = "31 August of the last academic year", examples = "2028-08-31") LocalDate endsOn,
            @Schema(required = true) AgreementStatus status,
            @Schema(required = true, examples = "2") int flowCount,
            @Schema(required = true) List<AgreementMobilityType> mobilityTypes,
            @Schema(required = true, description = "Not terminated and ending within the next twelve months") boolean expiringSoon,
            @Schema(required = true, description = "SHA-256 of the current conditions") String contentHash,
            @Schema(required = true) int version,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "AgreementPage", description = "One page of agreements")
    public static class AgreementPage extends Page<AgreementSummary> {
        public AgreementPage(List<AgreementSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "ConditionsVersion", description = "One version of the conditions")
    public record ConditionsVersionView(
            @Schema(required = true, examples = "2") int number,
            @Schema(required = true) String contentHash,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy) {
    }

    @Schema(name = "AgreementTransition", description = "One entry of the agreement's history: who did what, when and why")
    public record TransitionView(
            @Schema(required = true) Instant at,
            @Schema(required = true) String actor,
            @Schema(required = true) AgreementAction action,
            @Schema(description = "Absent for CREATE") AgreementStatus fromStatus,
            @Schema(required = true) AgreementStatus toStatus,
            @Schema(required = true) int conditionsNumber,
            @Schema(required = true) String contentHash,
            String comment) {
    }

    @Schema(name = "Agreement", description = "An inter-institutional agreement with its current conditions, versions and history")
    public record AgreementView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID homeInstitutionId,
            @Schema(required = true) String homeInstitutionName,
            @Schema(required = true) UUID partnerInstitutionId,
            @Schema(required = true) String partnerInstitutionName,
            @Schema(required = true) AgreementSide home,
            @Schema(required = true) AgreementSide partner,
            @Schema(required = true) String firstAcademicYear,
            @Schema(required = true) String lastAcademicYear,
            @Schema(required = true) LocalDate endsOn,
            String notes,
            @Schema(required = true, description = "The KA171 projects funding this agreement") List<ProjectRef> projects,
            @Schema(required = true) AgreementStatus status,
            @Schema(required = true) List<FlowData> flows,
            @Schema(required = true, description = "The current conditions version") int conditionsNumber,
            @Schema(required = true, description = "SHA-256 of the canonical form of the current conditions") String contentHash,
            @Schema(description = "The hash the home institution signed, while it is the current one") String signedHash,
            @Schema(description = "The last version both partners approved, which can be restored") Integer approvedNumber,
            String approvedHash,
            LocalDate terminationDate,
            String terminationReason,
            @Schema(description = "Present when the notice was not kept") String terminationOverrideReason,
            @Schema(required = true) boolean expiringSoon,
            @Schema(required = true) List<ConditionsVersionView> versions,
            @Schema(required = true) List<TransitionView> transitions,
            @Schema(required = true) int version,
            @Schema(required = true) Instant updatedAt) {

        AgreementView withoutNotes() {
            return new AgreementView(id, homeInstitutionId, homeInstitutionName, partnerInstitutionId, partnerInstitutionName, home, partner,
                    firstAcademicYear, lastAcademicYear, endsOn, null, projects, status, flows, conditionsNumber, contentHash, signedHash,
                    approvedNumber, approvedHash, terminationDate, terminationReason, terminationOverrideReason, expiringSoon, versions,
                    transitions, version, updatedAt);
        }
    }

    @Schema(name = "AgreementDiff", description = "What changed from one version of the conditions to another")
    public record DiffView(
            @Schema(required = true) int from,
            @Schema(required = true) int to,
            @Schema(required = true) String fromHash,
            @Schema(required = true) String toHash,
            @Schema(required = true, description = "Changes of the agreement's academic years") List<FieldChange> changes,
            @Schema(required = true, description = "Flows added, removed or changed") List<FlowChange> flows) {
    }
}
