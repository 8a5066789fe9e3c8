package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.review.ReviewViews.DocumentView;
import org.mobilitydesk.application.review.ReviewViews.PreferenceView;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.call.StaffCategory;
import org.mobilitydesk.common.Page;

/** What the evaluators' endpoints answer and take. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    @Schema(name = "EvaluationCall", description = "A call whose panel I am on, with where my declarations and my scoring stand")
    public record EvaluationCall(@Schema(required = true) UUID callId,
            @Schema(required = true, description = "Title by ISO 639-1 language code") Map<String, String> title,
            @Schema(required = true, description = "Declarations and evaluation start when it is CLOSED") CallStatus status,
            @Schema(required = true) Instant deadline,
            @Schema(required = true, description = "Eligible applications assigned to me") int assigned,
            @Schema(required = true) int toDeclare,
            @Schema(required = true) int noConflict,
            @Schema(required = true) int conflicts,
            @Schema(required = true, description = "Applications I declared no conflict for whose evaluation I saved but did not submit") int drafts,
            @Schema(required = true, description = "Applications whose evaluation I submitted") int submitted) {
    }

    @Schema(name = "EvaluationCallPage", description = "The calls I evaluate, newest deadline first")
    public static class EvaluationCallPage extends Page<EvaluationCall> {
        public EvaluationCallPage(List<EvaluationCall> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "Declaration", description = "My declaration of interest for one application")
    public record DeclarationView(@Schema(required = true) UUID applicationId,
            @Schema(required = true) DeclarationState state,
            @Schema(description = "For a conflict: what it is") String note,
            @Schema(description = "Absent until declared") Instant declaredAt) {
    }

    @Schema(name = "AssignedApplication", description = "An application assigned to me, with only what I need to spot a conflict of interest")
    public record AssignedApplication(@Schema(required = true) UUID applicationId,
            @Schema(required = true, examples = "MD-2027-000042") String receiptNumber,
            @Schema(required = true, examples = "Aizada Toktogulova") String applicantName,
            @Schema(examples = "General Medicine") String studyProgramme,
            @Schema(description = "Staff applicants' department") String department,
            @Schema(required = true) DeclarationView declaration,
            @Schema(description = "Where my scoring stands; absent unless I declared no conflict") EvaluationState evaluation) {
    }

    @Schema(name = "AssignedApplicationPage", description = "The applications of a call assigned to me, by receipt number")
    public static class AssignedApplicationPage extends Page<AssignedApplication> {
        public AssignedApplicationPage(List<AssignedApplication> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    /** The filter of my applications list. */
    public static class AssignedQuery {
        @QueryParam("state")
        @Parameter(description = "Only applications where my declaration is in this state (NOT_DECLARED and NO_CONFLICT are the active ones)")
        public DeclarationState state;
    }

    @Schema(name = "DeclarationInput", description = "My declaration of interest for an application")
    public record DeclarationInput(@Schema(required = true, description = "true: a conflict of interest; I do not evaluate this application") @NotNull Boolean conflict,
            @Schema(description = "Required for a conflict, at most 1000 characters: what the conflict is", maxLength = 1000) String note) {
    }

    /** The profile as evaluators read it: what bears on the merit, without the contact details, birth date or citizenship. */
    @Schema(name = "EvaluatedProfile", description = "The applicant's profile at submission as evaluators read it: studies, grades, languages and post; "
            + "no e-mail, phone, date of birth or citizenship")
    public record EvaluatedProfile(@Schema(required = true) String givenName,
            @Schema(required = true) String familyName,
            String studyProgramme,
            Integer studyCycle,
            Integer yearOfStudy,
            BigDecimal gradeAverage,
            BigDecimal gradeScale,
            @Schema(required = true) List<LanguageLevel> languages,
            String department,
            String position,
            StaffCategory staffCategory) {

        static EvaluatedProfile of(ProfileView p) {
            return new EvaluatedProfile(p.givenName(), p.familyName(), p.studyProgramme(), p.studyCycle(), p.yearOfStudy(), p.gradeAverage(),
                    p.gradeScale(), p.languages(), p.department(), p.position(), p.staffCategory());
        }
    }

    @Schema(name = "EvaluationCallRef", description = "The call an application answers")
    public record CallRef(@Schema(required = true) UUID id, @Schema(required = true) Map<String, String> title) {
    }

    @Schema(name = "EvaluationApplication", description = "An application's content as an evaluator reads it, after declaring no conflict: "
            + "never the eligibility reason, the coordinators' note or the timeline")
    public record EvaluationApplicationView(@Schema(required = true) UUID id,
            @Schema(required = true) String receiptNumber,
            @Schema(required = true) CallRef call,
            @Schema(required = true, description = "What the applicant's profile said at submission that bears on the merit") EvaluatedProfile profile,
            @Schema(required = true, description = "First choice first") List<PreferenceView> preferences,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String motivation,
            @Schema(required = true) List<DocumentView> documents,
            @Schema(required = true) Instant submittedAt) {
    }
}
