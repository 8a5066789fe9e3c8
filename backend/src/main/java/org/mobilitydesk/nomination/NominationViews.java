package org.mobilitydesk.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.agreement.AgreementMobilityType;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.application.review.ReviewViews.DocumentView;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.common.Page;

/** The nominations' request and response bodies. */
public final class NominationViews {

    private NominationViews() {
    }

    @Schema(name = "NominationParticipant", description = "What the receiving institution needs of the participant, as the submitted application's profile had it")
    public record Participant(
            @Schema(required = true) String givenName,
            @Schema(required = true) String familyName,
            String email,
            LocalDate dateOfBirth,
            @Schema(description = "ISO 3166-1 alpha-2", examples = "KG") String citizenship,
            @Schema(description = "EQF level of the study cycle", examples = "7") Integer eqfLevel,
            @Schema(examples = "General Medicine") String studyProgramme,
            @Schema(required = true) List<LanguageLevel> languages) {
    }

    @Schema(name = "NominateInput", description = "Nominates the candidates who accepted an offered place to the partner of that place")
    public record NominateInput(
            @Schema(required = true, maxItems = 500, description = "Applications of the call; one nominated already is answered as it is")
            @NotEmpty @Size(max = 500) List<@NotNull UUID> applicationIds,
            @Schema(maxItems = 20, description = "Documents of these applications to share with the partner") @Size(max = 20) List<@NotNull UUID> documents,
            @Schema(maxLength = 2000, description = "Why the flow's mobilities per year may be exceeded; needed only then") @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "NominationCancelInput", description = "Cancels the nomination, with the reason told to the partner")
    public record CancelInput(
            @Schema(required = true, examples = "3") @NotNull Integer version,
            @Schema(required = true, maxLength = 2000, examples = "The student withdrew for health reasons.") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "NominationDecisionInput", description = "The partner's decision, sent by other means than the partner API, recorded by a coordinator")
    public record DecisionInput(
            @Schema(required = true, examples = "3") @NotNull Integer version,
            @Schema(required = true) @NotNull PartnerDecision decision,
            @Schema(description = "Accepted for other dates: both or neither", examples = "2027-02-01") LocalDate start,
            @Schema(examples = "2027-06-30") LocalDate end,
            @Schema(maxLength = 2000, description = "Required for a rejection: the partner's reason", examples = "No supervisor is free in March.") @Size(max = 2000) String reason) {
    }

    @Schema(name = "NominationPeriodInput", description = "A new planned period")
    public record PeriodInput(
            @Schema(required = true, examples = "3") @NotNull Integer version,
            @Schema(required = true, examples = "2027-02-01") @NotNull LocalDate start,
            @Schema(required = true, examples = "2027-06-30") @NotNull LocalDate end) {
    }

    @Schema(name = "PartnerNominationAccept", description = "Accepts the nominee, optionally for adjusted dates (both or neither)")
    public record AcceptInput(@Schema(examples = "2027-02-01") LocalDate start, @Schema(examples = "2027-06-30") LocalDate end) {
    }

    @Schema(name = "PartnerNominationReject", description = "Rejects the nominee, saying why")
    public record RejectInput(
            @Schema(required = true, maxLength = 2000, examples = "The course is not taught in English next year.") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "NominationEvent", description = "One change of the nomination: who, when, from and to which state")
    public record EventView(@Schema(required = true) Instant at,
            @Schema(required = true, examples = "coordinator-user") String actor,
            @Schema(required = true) NominationEvent.Kind kind,
            NominationStatus fromStatus,
            @Schema(required = true) NominationStatus toStatus,
            @Schema(required = true) Map<String, Object> detail) {
    }

    @Schema(name = "Nomination", description = "A candidate nominated to the receiving institution under an agreement's flow")
    public record NominationView(@Schema(required = true) UUID id,
            @Schema(required = true) NominationDirection direction,
            @Schema(required = true) NominationStatus status,
            @Schema(required = true) UUID applicationId,
            @Schema(required = true) UUID callId,
            @Schema(required = true) UUID partnerInstitutionId,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true, description = "The mobility type of the agreement's flow it counts against") AgreementMobilityType flowType,
            @Schema(required = true, examples = "2026/2027") String academicYear,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) Participant participant,
            @Schema(required = true) LocalDate plannedStart,
            @Schema(required = true) LocalDate plannedEnd,
            @Schema(required = true, description = "The documents shared with the partner") List<DocumentView> documents,
            @Schema(description = "Internal: why the flow's mobilities per year were exceeded; never shown to the partner") String overrideReason,
            @Schema(description = "Why it was rejected or cancelled") String reason,
            @Schema(description = "The partner's letter on its decision; only in a single nomination") LetterView letter,
            @Schema(required = true) int version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(description = "The changes, oldest first; in a list: absent") List<EventView> timeline) {

        NominationView forPartner() {
            return new NominationView(id, direction, status, applicationId, callId, partnerInstitutionId, agreementId, flowType, academicYear,
                    mobilityType, participant, plannedStart, plannedEnd, documents, null, reason, letter, version, createdAt, updatedAt, null);
        }
    }

    @Schema(name = "NominationLetter", description = "The partner's letter on its decision, as attached")
    public record LetterView(@Schema(required = true, examples = "acceptance.pdf") String fileName,
            @Schema(required = true, examples = "application/pdf") String contentType,
            @Schema(required = true) long sizeBytes,
            @Schema(required = true) String sha256,
            @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "NominationList", description = "The nominations of one request")
    public record NominationList(@Schema(required = true) List<NominationView> items) {
    }

    @Schema(name = "NominationPage", description = "One page of nominations")
    public static class NominationPage extends Page<NominationView> {
        public NominationPage(List<NominationView> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    /** What a partner's webhook is told: where to read the nomination, never the participant's data. */
    public record Notice(UUID nominationId, NominationStatus status, LocalDate plannedStart, LocalDate plannedEnd, String reason) {
    }
}
