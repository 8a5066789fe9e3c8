package org.mobilitydesk.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallViews.Duration;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.CallViews.PublicPlaceView;
import org.mobilitydesk.call.CallViews.Schedule;
import org.mobilitydesk.call.DocumentType;

/** What the applicant side of the application API reads and answers. Never the coordinator's note. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    @Schema(name = "NewApplicationInput", description = "The call to apply to")
    public record NewApplicationInput(@Schema(required = true) @NotNull UUID callId) {
    }

    @Schema(name = "MyApplicationInput", description = "A draft as the applicant saves it (autosave): every field may be empty; what is given replaces what was saved, what is absent is emptied")
    public record MyApplicationInput(
            @Schema(required = true, description = "The version loaded", examples = "3") @NotNull Integer version,
            @Schema(description = "Partner institution ids, first choice first; at most the call's maxPreferences, among the call's partners") @Size(max = 10) List<@NotNull UUID> preferences,
            @Schema(examples = "2027-02-01") LocalDate plannedStart,
            @Schema(examples = "2027-06-30") LocalDate plannedEnd,
            @Schema(maxLength = ApplicationRules.MAX_MOTIVATION) @Size(max = ApplicationRules.MAX_MOTIVATION) String motivation) {
    }

    @Schema(name = "MyApplicationCallSummary", description = "The call an application is for, in the applicant's list")
    public record CallSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true, examples = "2026/2027") String academicYear,
            @Schema(required = true) Schedule schedule) {
    }

    @Schema(name = "MyApplicationSummary", description = "One of the signed-in applicant's applications")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) CallSummary call,
            @Schema(required = true) ApplicationStatus status,
            @Schema(required = true) EligibilityDecision eligibility,
            @Schema(examples = "MD-2026-000042") String receiptNumber,
            Instant submittedAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "MyApplicationCall", description = "The call an application is for: what the form needs")
    public record CallView(
            @Schema(required = true) UUID id,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) Map<String, String> description,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) Duration duration,
            @Schema(required = true) String academicYear,
            @Schema(required = true, examples = "2") int maxPreferences,
            @Schema(required = true) List<PublicPlaceView> places,
            @Schema(required = true, description = "The documents the call asks for") List<RequiredDocument> documents,
            @Schema(required = true) Schedule schedule) {
    }

    @Schema(name = "MyApplicationDocument", description = "A file uploaded for one of the call's required documents")
    public record DocumentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) DocumentType type,
            @Schema(description = "For OTHER: the English label of the call's requirement", examples = "Medical certificate") String otherLabel,
            @Schema(required = true, examples = "transcript.pdf") String fileName,
            @Schema(required = true, description = "Recognised from the content", examples = "application/pdf") String contentType,
            @Schema(required = true, examples = "183442") long sizeBytes,
            @Schema(required = true, description = "SHA-256 of the content, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "MyApplicationChecklistProblem", description = "What keeps a checklist item from being complete; key and args let the SPA translate it")
    public record ChecklistProblem(
            @Schema(required = true, description = "The field it concerns, as submit's 422 names it", examples = "documents.TRANSCRIPT_OF_RECORDS") String field,
            @Schema(required = true, examples = "is missing: upload it") String message,
            @Schema(required = true, examples = "application.document.missing") String key,
            @Schema(required = true) Map<String, String> args) {

        /** The problem of a rule's refusal. */
        public static ChecklistProblem of(FieldError error) {
            return new ChecklistProblem(error.field(), error.message(), error.code(), error.args());
        }
    }

    public enum ChecklistItemKind {
        PROFILE, ELIGIBILITY, PREFERENCES, PERIOD, MOTIVATION, DOCUMENT
    }

    @Schema(name = "MyApplicationChecklistItem", description = "One thing an application needs before it can be submitted")
    public record ChecklistItem(
            @Schema(required = true) ChecklistItemKind item,
            @Schema(description = "For DOCUMENT") DocumentType documentType,
            @Schema(description = "For DOCUMENT of type OTHER: the requirement's English label") String otherLabel,
            @Schema(required = true, description = "Whether submitting needs it") boolean mandatory,
            @Schema(required = true) boolean complete,
            @Schema(required = true) List<ChecklistProblem> problems) {
    }

    @Schema(name = "MyApplicationEvent", description = "One entry of the application's timeline")
    public record TimelineEntry(
            @Schema(required = true) Instant at,
            @Schema(required = true) ApplicationEventKind kind,
            @Schema(description = "The reason of an eligibility decision or of a call change") String detail,
            @Schema(description = "For ELIGIBILITY_DECIDED: the decision (PENDING when it was taken back)") EligibilityDecision decision) {
    }

    @Schema(name = "MyApplication", description = "The signed-in applicant's application with its call, checklist and timeline")
    public record MyApplication(
            @Schema(required = true) UUID id,
            @Schema(required = true) CallView call,
            @Schema(required = true) ApplicationStatus status,
            @Schema(required = true, description = "Partners ranked, first choice first") List<PartnerRef> preferences,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String motivation,
            @Schema(required = true) List<DocumentView> documents,
            @Schema(required = true, description = "What submitting needs; for a submitted application as it was checked then") List<ChecklistItem> checklist,
            @Schema(required = true) EligibilityDecision eligibility,
            @Schema(description = "Why the coordinator found it ineligible") String eligibilityReason,
            @Schema(examples = "MD-2026-000042") String receiptNumber,
            Instant submittedAt,
            Instant withdrawnAt,
            @Schema(required = true, description = "Oldest first") List<TimelineEntry> timeline,
            @Schema(required = true) int version,
            @Schema(required = true) Instant updatedAt) {
    }
}
