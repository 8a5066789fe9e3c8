package org.mobilitydesk.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.ApplicationEventKind;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallViews.Schedule;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.Page;

/** What the coordinators' review of applications answers: submitted applications only, with the private note. */
public final class ReviewViews {

    private ReviewViews() {
    }

    @Schema(name = "ReviewPartner", description = "A partner institution an applicant ranked")
    public record PartnerRef(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "University of Tartu") String name,
            @Schema(required = true, description = "Names in other languages, keyed by ISO 639-1 code") Map<String, String> otherNames,
            @Schema(required = true, examples = "EE") String countryCode) {
    }

    @Schema(name = "ReviewPreference", description = "One ranked partner choice, 1 = first choice")
    public record PreferenceView(@Schema(required = true, examples = "1") int rank, @Schema(required = true) PartnerRef partner) {
    }

    @Schema(name = "ReviewApplicationSummary", description = "A submitted (or since withdrawn) application in the coordinators' list of a call")
    public record ApplicationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "MD-2027-000042") String receiptNumber,
            @Schema(required = true, examples = "Aizada Toktogulova") String applicantName,
            @Schema(examples = "aizada@example.kg") String applicantEmail,
            @Schema(required = true, description = "SUBMITTED or WITHDRAWN: drafts are never shown to coordinators") ApplicationStatus status,
            @Schema(required = true) EligibilityDecision eligibility,
            @Schema(required = true) Instant submittedAt,
            @Schema(required = true, description = "First choice first") List<PreferenceView> preferences,
            @Schema(required = true, examples = "2") int documentCount,
            @Schema(required = true, examples = "0") int version) {
    }

    @Schema(name = "ReviewApplicationPage", description = "One page of a call's submitted applications")
    public static class ApplicationPage extends Page<ApplicationSummary> {
        public ApplicationPage(List<ApplicationSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "ReviewCall", description = "The call an application answers")
    public record CallRef(@Schema(required = true) UUID id,
            @Schema(required = true, description = "Title by ISO 639-1 language code") Map<String, String> title,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true, examples = "2026/2027") String academicYear,
            @Schema(required = true) Schedule schedule) {
    }

    @Schema(name = "ReviewDocument", description = "A file the applicant uploaded (the content is downloaded separately)")
    public record DocumentView(@Schema(required = true) UUID id,
            @Schema(required = true) DocumentType type,
            @Schema(description = "For type OTHER: the English label of the call's requirement", examples = "Medical certificate") String otherLabel,
            @Schema(required = true, examples = "motivation.pdf") String fileName,
            @Schema(required = true, examples = "application/pdf", enumeration = { "application/pdf", "image/jpeg", "image/png" }) String contentType,
            @Schema(required = true, examples = "182044") long sizeBytes,
            @Schema(required = true, description = "SHA-256 of the content, lower-case hex") String sha256,
            @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "ReviewTimelineEntry", description = "One entry of an application's timeline, oldest first")
    public record TimelineEntry(@Schema(required = true) Instant at,
            @Schema(required = true, examples = "coordinator") String actor,
            @Schema(required = true) ApplicationEventKind kind,
            @Schema(description = "The reason of an eligibility decision or of a call change") String detail,
            @Schema(description = "For ELIGIBILITY_DECIDED: the decision (PENDING when it was taken back)") EligibilityDecision decision) {
    }

    @Schema(name = "ReviewApplication", description = "A submitted (or since withdrawn) application as coordinators and admins see it, with the private note")
    public record ApplicationView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "MD-2027-000042") String receiptNumber,
            @Schema(required = true) String applicantName,
            String applicantEmail,
            @Schema(required = true) ApplicationStatus status,
            @Schema(required = true) EligibilityDecision eligibility,
            @Schema(required = true) Instant submittedAt,
            @Schema(description = "When the applicant withdrew it") Instant withdrawnAt,
            @Schema(required = true, description = "First choice first") List<PreferenceView> preferences,
            @Schema(required = true) int documentCount,
            @Schema(required = true) int version,
            @Schema(required = true) CallRef call,
            @Schema(required = true, description = "The applicant's profile as it was at submission") ProfileView profile,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String motivation,
            @Schema(required = true) List<DocumentView> documents,
            @Schema(description = "Required for INELIGIBLE; the applicant reads it") String eligibilityReason,
            @Schema(description = "Absent while PENDING") Instant eligibilityDecidedAt,
            @Schema(description = "Absent while PENDING", examples = "coordinator") String eligibilityDecidedBy,
            @Schema(description = "The coordinators' private note: never shown to the applicant") String coordinatorNote,
            @Schema(required = true, description = "Oldest first") List<TimelineEntry> timeline) {
    }
}
