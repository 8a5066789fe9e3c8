package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.ApplicationViews.ChecklistItem;
import org.mobilitydesk.application.ApplicationViews.ChecklistItemKind;
import org.mobilitydesk.application.Checklist.Uploaded;
import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.FieldError;

class ChecklistTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final Set<Uploaded> LETTER = Set.of(new Uploaded(DocumentType.MOTIVATION_LETTER, ""));

    private static List<ChecklistItem> items(ApplicantCall call, ProfileView profile, List<UUID> preferences, LocalDate start, LocalDate end,
            String motivation, Set<Uploaded> uploaded) {
        return Checklist.of(new Checklist.Facts(call, profile, preferences, start, end, motivation, uploaded));
    }

    private static List<String> missing(List<ChecklistItem> items) {
        return Checklist.missing(items).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteApplicationHasEveryItemCompleteButTheOptionalDocument() {
        List<ChecklistItem> items = items(Samples.studentCall(), Samples.goodStudent(), List.of(Samples.MILAN, Samples.TARTU), START, END,
                "I want to learn.", LETTER);
        assertThat(items).extracting(ChecklistItem::item).containsExactly(ChecklistItemKind.PROFILE, ChecklistItemKind.ELIGIBILITY,
                ChecklistItemKind.PREFERENCES, ChecklistItemKind.PERIOD, ChecklistItemKind.MOTIVATION, ChecklistItemKind.DOCUMENT, ChecklistItemKind.DOCUMENT);
        assertThat(items.subList(0, 6)).allMatch(ChecklistItem::complete).allMatch(ChecklistItem::mandatory);
        ChecklistItem other = items.get(6);
        assertThat(other.documentType()).isEqualTo(DocumentType.OTHER);
        assertThat(other.otherLabel()).isEqualTo("Medical certificate");
        assertThat(other.mandatory()).isFalse();
        assertThat(other.complete()).isFalse();
        assertThat(missing(items)).isEmpty();
    }

    @Test
    void anEmptyDraftListsEverythingMissing() {
        ProfileView prefilled = new ProfileView(false, "aizada", "aizada@example.kg", "Aizada", "", null, null, null, null, null, null, null, null,
                List.of(), null, null, null, false, null, null);
        List<ChecklistItem> items = items(Samples.studentCall(), prefilled, List.of(), null, null, "  ", Set.of());
        assertThat(missing(items)).containsExactly("checklist.PROFILE", "checklist.PROFILE", "checklist.PROFILE", "checklist.PROFILE",
                "checklist.PROFILE", "checklist.PROFILE", "checklist.PROFILE", "checklist.PROFILE", "eligibility.studyCycle",
                "eligibility.yearOfStudy", "eligibility.gradeAverage", "eligibility.languages.en", "preferences", "plannedStart", "plannedEnd",
                "motivation", "documents.MOTIVATION_LETTER");
        assertThat(items.get(0).problems()).extracting(p -> p.args().get("profileField")).containsExactly(null, "familyName", "dateOfBirth",
                "citizenship", "studyProgramme", "studyCycle", "yearOfStudy", "gradeAverage");
        assertThat(items.get(0).problems().get(0).key()).isEqualTo("application.profile.notSaved");
    }

    @Test
    void staffProfilesNeedTheirDepartmentPositionAndCategory() {
        ApplicantCall call = Samples.call(org.mobilitydesk.call.CallMobilityType.STAFF_TEACHING,
                new org.mobilitydesk.call.CallParts.Eligibility(List.of(), null, null, List.of(), List.of()), 1);
        List<ChecklistItem> items = items(call, Samples.staff(null, List.of()), List.of(Samples.TARTU), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 5), "Teaching surgery", LETTER);
        assertThat(items.get(0).problems()).extracting(p -> p.args().get("profileField")).containsExactly("staffCategory");
    }

    @Test
    void preferencesAndPeriodAreCheckedAgainWhenTheCallChanged() {
        ApplicantCall oneOnly = Samples.call(org.mobilitydesk.call.CallMobilityType.STUDENT_STUDIES, Samples.STUDENT_RULES, 1);
        List<ChecklistItem> items = items(oneOnly, Samples.goodStudent(), List.of(Samples.MILAN, Samples.TARTU), START, START.plusDays(10),
                "Why", LETTER);
        assertThat(missing(items)).containsExactly("preferences[1]", "plannedEnd");
    }

    @Test
    void anUploadedOtherDocumentCountsByItsLabel() {
        List<ChecklistItem> items = items(Samples.studentCall(), Samples.goodStudent(), List.of(Samples.TARTU), START, END, "Why",
                Set.of(new Uploaded(DocumentType.MOTIVATION_LETTER, ""), new Uploaded(DocumentType.OTHER, "Medical certificate")));
        assertThat(items.get(6).complete()).isTrue();
        List<ChecklistItem> wrongLabel = items(Samples.studentCall(), Samples.goodStudent(), List.of(Samples.TARTU), START, END, "Why",
                Set.of(new Uploaded(DocumentType.OTHER, "Something else")));
        assertThat(wrongLabel.get(6).complete()).isFalse();
        assertThat(missing(wrongLabel)).containsExactly("documents.MOTIVATION_LETTER");
    }
}
