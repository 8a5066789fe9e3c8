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
            @Schema(required = true, description = "As read: EXPIRED follows from the clock") AgreementStatus status,
            @Schema(required = true, examples = "2") int flowCount,
            @Schema(required = true) List<AgreementMobilityType> mobilityTypes,
            @Schema(required = true, description = "Not terminated and ending within the next twelve months") boolean expiringSoon,
            @Schema(required = true, description = "The conditions version in force (before the first approval: the current one)", examples = "2") int conditionsNumber,
            @Schema(required = true, description = "SHA-256 of that version's conditions") String contentHash,
            @Schema(description = "The amendment in progress of an agreement in force") AmendmentSummary amendment,
            @Schema(required = true) int version,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "AgreementAmendmentSummary", description = "An amendment in progress: new conditions awaiting signature or approval while the approved version stays in force")
    public record AmendmentSummary(
            @Schema(required = true) AmendmentStatus status,
            @Schema(required = true, description = "The amendment's conditions version", examples = "3") int conditionsNumber,
            @Schema(required = true, description = "SHA-256 of the amendment's conditions: the hash the partner approves") String contentHash) {
    }

    @Schema(name = "AgreementAmendment", description = "An amendment in progress with its conditions; the approved version stays in force until the partner approves this hash")
    public record AmendmentView(
            @Schema(required = true) AmendmentStatus status,
            @Schema(required = true, examples = "3") int conditionsNumber,
            @Schema(required = true, description = "SHA-256 of the amendment's conditions: the hash the partner approves") String contentHash,
            @Schema(required = true) String firstAcademicYear,
            @Schema(required = true) String lastAcademicYear,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true) List<FlowData> flows) {
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
            @Schema(description = "The amendment's state after the action, while one is in progress") AmendmentStatus amendment,
            @Schema(required = true, description = "The version the action concerned") int conditionsNumber,
            @Schema(required = true) String contentHash,
            String comment) {
    }

    @Schema(name = "Agreement", description = "An inter-institutional agreement with its conditions in force (before the first approval: its current conditions), the amendment in progress, versions and history")
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
            @Schema(required = true, description = "As read: EXPIRED follows from the clock") AgreementStatus status,
            @Schema(required = true, description = "The flows of the version in force (before the first approval: of the current one)") List<FlowData> flows,
            @Schema(required = true, description = "The conditions version in force (before the first approval: the current one)") int conditionsNumber,
            @Schema(required = true, description = "SHA-256 of the canonical form of that version's conditions") String contentHash,
            @Schema(description = "The amendment in progress of an agreement in force, with its conditions") AmendmentView amendment,
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
                    firstAcademicYear, lastAcademicYear, endsOn, null, projects, status, flows, conditionsNumber, contentHash, amendment,
                    terminationDate, terminationReason, terminationOverrideReason, expiringSoon, versions,
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
