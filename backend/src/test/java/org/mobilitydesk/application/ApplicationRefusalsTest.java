package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.StaffCategory;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusal;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.common.Refusals.Case;

/** Every refusal of the application rules and every checklist problem carries its code and arguments. */
class ApplicationRefusalsTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final List<LanguageLevel> ENGLISH = List.of(new LanguageLevel("en", "B2"));
    /** Refused by ApplicationService and the eligibility review, checked in their API tests. */
    private static final Set<Refusal> SERVICE = Set.of(ApplicationRefusals.DOCUMENT_NOT_ASKED, ApplicationRefusals.DOCUMENT_EMPTY,
            ApplicationRefusals.INELIGIBLE_WITHOUT_REASON);

    private static Supplier<List<FieldError>> submitting(ProfileView profile, List<UUID> preferences, LocalDate start, LocalDate end,
            String motivation) {
        return () -> Checklist.missing(Checklist.of(new Checklist.Facts(Samples.studentCall(), profile, preferences, start, end, motivation,
                Set.of())));
    }

    private static Supplier<List<FieldError>> preferring(int max, UUID... partners) {
        return () -> ApplicationRules.preferenceViolations(Samples.call(CallMobilityType.STUDENT_STUDIES, Samples.STUDENT_RULES, max),
                List.of(partners));
    }

    private static Supplier<List<FieldError>> eligible(ProfileView profile) {
        return () -> EligibilityCheck.problems(Samples.STUDENT_RULES, CallMobilityType.STUDENT_STUDIES, profile);
    }

    private static Supplier<List<FieldError>> period(LocalDate start, LocalDate end) {
        return () -> PeriodRules.violations(CallMobilityType.STUDENT_STUDIES, start, end);
    }

    static Stream<Case> refusals() {
        ProfileView good = Samples.goodStudent();
        ProfileView unsaved = new ProfileView(false, "aizada", "aizada@example.kg", "Aizada", "", null, null, null, null, null, null, null,
                null, List.of(), null, null, null, false, null, null);
        List<UUID> tartu = List.of(Samples.TARTU);
        return Stream.of(
                Refusals.refused("no preference", submitting(good, List.of(), START, END, "Why"), "preferences",
                        ApplicationRefusals.PREFERENCES_MISSING),
                Refusals.refused("too many preferences", preferring(1, Samples.TARTU, Samples.MILAN), "preferences[1]",
                        ApplicationRefusals.PREFERENCES_TOO_MANY),
                Refusals.refused("a partner not in the call", preferring(2, Samples.GRAZ), "preferences[0]", ApplicationRefusals.PREFERENCE_NOT_IN_CALL),
                Refusals.refused("a partner twice", preferring(2, Samples.TARTU, Samples.TARTU), "preferences[1]", ApplicationRefusals.PREFERENCE_TWICE),
                Refusals.refused("no start", submitting(good, tartu, null, END, "Why"), "plannedStart", ApplicationRefusals.START_MISSING),
                Refusals.refused("no end", submitting(good, tartu, START, null, "Why"), "plannedEnd", ApplicationRefusals.END_MISSING),
                Refusals.refused("the end before the start", period(END, START), "plannedEnd", ApplicationRefusals.END_BEFORE_START),
                Refusals.refused("three weeks of studies", period(START, START.plusDays(20)), "plannedEnd", ApplicationRefusals.PERIOD_TOO_SHORT),
                Refusals.refused("two years of studies", period(START, START.plusYears(2)), "plannedEnd", ApplicationRefusals.PERIOD_TOO_LONG),
                Refusals.refused("no motivation", submitting(good, tartu, START, END, " "), "motivation", ApplicationRefusals.MOTIVATION_MISSING),
                Refusals.refused("no letter", submitting(good, tartu, START, END, "Why"), "documents.MOTIVATION_LETTER",
                        ApplicationRefusals.DOCUMENT_MISSING),
                Refusals.refused("an unsaved profile", submitting(unsaved, tartu, START, END, "Why"), "checklist.PROFILE",
                        ApplicationRefusals.PROFILE_NOT_SAVED),
                Refusals.refused("an unsaved profile lacks the family name", () -> submitting(unsaved, tartu, START, END, "Why").get().stream()
                        .filter(e -> e.code().equals(ApplicationRefusals.PROFILE_INCOMPLETE.code())).toList(), "checklist.PROFILE",
                        ApplicationRefusals.PROFILE_INCOMPLETE),
                Refusals.refused("a doctoral candidate", eligible(Samples.student(8, 3, "4.3", "5", ENGLISH)), "eligibility.studyCycle",
                        ApplicationRefusals.STUDY_CYCLE),
                Refusals.refused("a first-year student", eligible(Samples.student(7, 1, "4.3", "5", ENGLISH)), "eligibility.yearOfStudy",
                        ApplicationRefusals.YEAR_OF_STUDY),
                Refusals.refused("a low average", eligible(Samples.student(7, 3, "3.9", "5", ENGLISH)), "eligibility.gradeAverage",
                        ApplicationRefusals.GRADE_AVERAGE),
                Refusals.refused("no English", eligible(Samples.student(7, 3, "4.3", "5", List.of(new LanguageLevel("de", "C2")))),
                        "eligibility.languages.en", ApplicationRefusals.LANGUAGE_MISSING),
                Refusals.refused("too little English", eligible(Samples.student(7, 3, "4.3", "5", List.of(new LanguageLevel("en", "B1")))),
                        "eligibility.languages.en", ApplicationRefusals.LANGUAGE_LEVEL),
                Refusals.refused("no study cycle", eligible(Samples.student(null, 3, "4.3", "5", ENGLISH)), "eligibility.studyCycle",
                        ApplicationRefusals.ELIGIBILITY_UNKNOWN),
                Refusals.refused("technical staff for an academic call", () -> EligibilityCheck.problems(new Eligibility(List.of(), null, null,
                        List.of(), List.of(StaffCategory.ACADEMIC, StaffCategory.MANAGEMENT)), CallMobilityType.STAFF_TEACHING,
                        Samples.staff(StaffCategory.TECHNICAL, List.of())), "eligibility.staffCategory", ApplicationRefusals.STAFF_CATEGORY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalCarriesItsCodeAndArguments(Case refusal) {
        refusal.check();
    }

    @Test
    void theTableCoversEveryRefusalOfTheRulesAndTheChecklist() {
        assertThat(Refusals.covered(refusals())).containsAll(Refusals.declaredIn(ApplicationRefusals.class).stream()
                .filter(r -> !SERVICE.contains(r)).toList());
    }

    @Test
    void argumentsAreCodesAndNumbersTheSpaWords() {
        FieldError language = eligible(Samples.student(7, 3, "4.3", "5", List.of(new LanguageLevel("en", "B1")))).get().get(0);
        assertThat(language.args()).containsEntry("language", "en").containsEntry("level", "B2").containsEntry("yourLevel", "B1");
        FieldError grade = eligible(Samples.student(7, 3, "3.90", "5", ENGLISH)).get().get(0);
        assertThat(grade.args()).containsEntry("minimumGrade", "4").containsEntry("minimumScale", "5").containsEntry("grade", "3.9");
    }
}
