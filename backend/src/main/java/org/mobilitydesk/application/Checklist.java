package org.mobilitydesk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.ApplicationViews.ChecklistItem;
import org.mobilitydesk.application.ApplicationViews.ChecklistItemKind;
import org.mobilitydesk.application.ApplicationViews.ChecklistProblem;
import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.FieldError;

/**
 * What an application needs before it can be submitted, item by item as the applicant sees it: a complete profile,
 * eligibility, ranked partners, the period, a motivation and the call's documents. Submitting refuses with the
 * problems of every mandatory item that is not complete.
 */
public final class Checklist {

    /** What the checklist looks at. uploaded: the requirements with a file, as (type, otherLabel). */
    public record Facts(ApplicantCall call, ProfileView profile, List<UUID> preferences, LocalDate plannedStart, LocalDate plannedEnd,
            String motivation, Set<Uploaded> uploaded) {
    }

    public record Uploaded(DocumentType type, String otherLabel) {
    }

    private Checklist() {
    }

    public static List<ChecklistItem> of(Facts facts) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(item(ChecklistItemKind.PROFILE, profile(facts)));
        items.add(item(ChecklistItemKind.ELIGIBILITY, fromErrors(EligibilityCheck.problems(facts.call().eligibility(), facts.call().mobilityType(),
                facts.profile()))));
        items.add(item(ChecklistItemKind.PREFERENCES, preferences(facts)));
        items.add(item(ChecklistItemKind.PERIOD, period(facts)));
        items.add(item(ChecklistItemKind.MOTIVATION, facts.motivation() == null || facts.motivation().isBlank()
                ? List.of(ChecklistProblem.of(ApplicationRefusals.MOTIVATION_MISSING.at("motivation", "is missing: say why you apply")))
                : List.of()));
        for (RequiredDocument document : facts.call().documents()) {
            String label = ApplicationRules.otherLabel(document);
            boolean uploaded = facts.uploaded().contains(new Uploaded(document.type(), label));
            List<ChecklistProblem> problems = uploaded ? List.of()
                    : List.of(ChecklistProblem.of(ApplicationRefusals.DOCUMENT_MISSING.at(ApplicationRules.documentField(document.type(), label),
                            "is missing: upload it", document.type(), label)));
            items.add(new ChecklistItem(ChecklistItemKind.DOCUMENT, document.type(), label.isEmpty() ? null : label, document.mandatory(),
                    uploaded, problems));
        }
        return items;
    }

    /** The problems of every mandatory item that is not complete, as submit's 422 lists them. */
    public static List<FieldError> missing(List<ChecklistItem> items) {
        return items.stream().filter(i -> i.mandatory() && !i.complete()).flatMap(i -> i.problems().stream())
                .map(p -> new FieldError(p.field(), p.message(), p.key(), p.args())).toList();
    }

    private static ChecklistItem item(ChecklistItemKind kind, List<ChecklistProblem> problems) {
        return new ChecklistItem(kind, null, null, true, problems.isEmpty(), problems);
    }

    private static List<ChecklistProblem> profile(Facts facts) {
        ProfileView p = facts.profile();
        Map<String, Function<ProfileView, Object>> needed = new LinkedHashMap<>();
        needed.put("givenName", v -> blankToNull(v.givenName()));
        needed.put("familyName", v -> blankToNull(v.familyName()));
        needed.put("dateOfBirth", ProfileView::dateOfBirth);
        needed.put("citizenship", ProfileView::citizenship);
        if (facts.call().mobilityType().staff()) {
            needed.put("department", ProfileView::department);
            needed.put("position", ProfileView::position);
            needed.put("staffCategory", ProfileView::staffCategory);
        } else {
            needed.put("studyProgramme", ProfileView::studyProgramme);
            needed.put("studyCycle", ProfileView::studyCycle);
            needed.put("yearOfStudy", ProfileView::yearOfStudy);
            needed.put("gradeAverage", ProfileView::gradeAverage);
        }
        List<ChecklistProblem> problems = new ArrayList<>();
        if (!p.saved()) {
            problems.add(ChecklistProblem.of(ApplicationRefusals.PROFILE_NOT_SAVED.at("checklist.PROFILE", "is not saved yet: complete and save your profile")));
        }
        needed.forEach((field, value) -> {
            if (value.apply(p) == null) {
                problems.add(ChecklistProblem.of(ApplicationRefusals.PROFILE_INCOMPLETE.at("checklist.PROFILE", "lacks " + field + ": complete your profile",
                        field)));
            }
        });
        return problems;
    }

    private static List<ChecklistProblem> preferences(Facts facts) {
        if (facts.preferences().isEmpty()) {
            return List.of(ChecklistProblem.of(ApplicationRefusals.PREFERENCES_MISSING.at("preferences", "are missing: rank at least one partner")));
        }
        return fromErrors(ApplicationRules.preferenceViolations(facts.call(), facts.preferences()));
    }

    private static List<ChecklistProblem> period(Facts facts) {
        List<ChecklistProblem> problems = new ArrayList<>();
        if (facts.plannedStart() == null) {
            problems.add(ChecklistProblem.of(ApplicationRefusals.START_MISSING.at("plannedStart", "is missing")));
        }
        if (facts.plannedEnd() == null) {
            problems.add(ChecklistProblem.of(ApplicationRefusals.END_MISSING.at("plannedEnd", "is missing")));
        }
        problems.addAll(fromErrors(PeriodRules.violations(facts.call().mobilityType(), facts.plannedStart(), facts.plannedEnd())));
        return problems;
    }

    private static List<ChecklistProblem> fromErrors(List<FieldError> errors) {
        return errors.stream().map(ChecklistProblem::of).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
