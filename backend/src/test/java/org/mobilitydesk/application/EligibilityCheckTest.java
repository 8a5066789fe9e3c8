package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.LanguageRequirement;
import org.mobilitydesk.call.StaffCategory;

class EligibilityCheckTest {

    private static List<String> fields(ProfileView profile) {
        return EligibilityCheck.problems(Samples.STUDENT_RULES, CallMobilityType.STUDENT_STUDIES, profile).stream().map(FieldError::field).toList();
    }

    private static boolean meets(String average, String scale, String minimum, String minimumScale) {
        return EligibilityCheck.gradeMeets(new BigDecimal(average), new BigDecimal(scale), new BigDecimal(minimum), new BigDecimal(minimumScale));
    }

    @Test
    void aStudentWhoMeetsEverything() {
        assertThat(fields(Samples.goodStudent())).isEmpty();
    }

    @Test
    void gradesAreComparedOnTheSameScale() {
        assertThat(meets("4.0", "5", "4.0", "5")).isTrue();
        assertThat(meets("3.99", "5", "4.0", "5")).isFalse();
        assertThat(meets("80", "100", "4.0", "5")).isTrue();
        assertThat(meets("79.99", "100", "4.0", "5")).isFalse();
        assertThat(meets("3.2", "4", "4.0", "5")).isTrue(); // 0.8 = 0.8
        assertThat(meets("3.19", "4", "4.0", "5")).isFalse();
        assertThat(meets("4.0", "5", "80", "100")).isTrue();
        assertThat(meets("3.9", "5", "80", "100")).isFalse();
        // 2/3 cannot be written in decimals: compared exactly
        assertThat(meets("2", "3", "66.67", "100")).isFalse();
        assertThat(meets("2", "3", "66.66", "100")).isTrue();
    }

    @Test
    void cefrLevelsAreOrderedFromA1ToC2() {
        assertThat(EligibilityCheck.levelMeets("B2", "B2")).isTrue();
        assertThat(EligibilityCheck.levelMeets("C1", "B2")).isTrue();
        assertThat(EligibilityCheck.levelMeets("C2", "C1")).isTrue();
        assertThat(EligibilityCheck.levelMeets("B1", "B2")).isFalse();
        assertThat(EligibilityCheck.levelMeets("A2", "B1")).isFalse();
        assertThat(EligibilityCheck.levelMeets("A1", "A1")).isTrue();
        assertThat(EligibilityCheck.levelMeets("native", "A1")).isFalse();
    }

    @Test
    void theStudyCycleMustBeOneOfTheCallsEqfLevels() {
        assertThat(fields(Samples.student(8, 3, "4.3", "5", List.of(new LanguageLevel("en", "B2"))))).containsExactly("eligibility.studyCycle");
        assertThat(fields(Samples.student(6, 3, "4.3", "5", List.of(new LanguageLevel("en", "B2"))))).isEmpty();
        assertThat(fields(Samples.student(5, 3, "4.3", "5", List.of(new LanguageLevel("en", "B2"))))).containsExactly("eligibility.studyCycle");
    }

    @Test
    void theYearOfStudyGradeAndLanguageAreChecked() {
        assertThat(fields(Samples.student(7, 1, "3.9", "5", List.of(new LanguageLevel("en", "B1")))))
                .containsExactly("eligibility.yearOfStudy", "eligibility.gradeAverage", "eligibility.languages.en");
        assertThat(fields(Samples.student(7, 2, "4.0", "5", List.of(new LanguageLevel("de", "C2")))))
                .containsExactly("eligibility.languages.en");
        FieldError language = EligibilityCheck.problems(Samples.STUDENT_RULES, CallMobilityType.STUDENT_STUDIES,
                Samples.student(7, 2, "4.0", "5", List.of(new LanguageLevel("en", "B1")))).get(0);
        assertThat(language.code()).isEqualTo("application.eligibility.languageLevel");
        assertThat(language.args()).containsEntry("language", "en").containsEntry("level", "B2").containsEntry("yourLevel", "B1");
    }

    @Test
    void whatTheProfileDoesNotSayCannotBeChecked() {
        List<FieldError> problems = EligibilityCheck.problems(Samples.STUDENT_RULES, CallMobilityType.STUDENT_STUDIES,
                Samples.student(null, null, null, null, List.of()));
        assertThat(problems).extracting(FieldError::field)
                .containsExactly("eligibility.studyCycle", "eligibility.yearOfStudy", "eligibility.gradeAverage", "eligibility.languages.en");
        assertThat(problems.get(0).code()).isEqualTo("application.eligibility.unknown");
    }

    @Test
    void staffCallsCheckTheCategoryAndIgnoreStudentConditions() {
        Eligibility rules = new Eligibility(List.of(), null, null, List.of(new LanguageRequirement("en", "B2")), List.of(StaffCategory.ACADEMIC));
        assertThat(EligibilityCheck.problems(rules, CallMobilityType.STAFF_TEACHING, Samples.staff(StaffCategory.ACADEMIC, List.of(new LanguageLevel("en", "C1")))))
                .isEmpty();
        assertThat(EligibilityCheck.problems(rules, CallMobilityType.STAFF_TEACHING, Samples.staff(StaffCategory.TECHNICAL, List.of(new LanguageLevel("en", "C1")))))
                .extracting(FieldError::field).containsExactly("eligibility.staffCategory");
        assertThat(EligibilityCheck.problems(rules, CallMobilityType.STAFF_TEACHING, Samples.staff(null, List.of())))
                .extracting(FieldError::field).containsExactly("eligibility.staffCategory", "eligibility.languages.en");
        Eligibility open = new Eligibility(List.of(), null, null, List.of(), List.of());
        assertThat(EligibilityCheck.problems(open, CallMobilityType.STAFF_TRAINING, Samples.staff(null, List.of()))).isEmpty();
    }
}
