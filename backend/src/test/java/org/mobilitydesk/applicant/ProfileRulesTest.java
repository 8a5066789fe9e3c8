package org.mobilitydesk.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusal;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.common.Refusals.Case;

class ProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ProfileRules.Codes CODES = new ProfileRules.Codes(Set.of("KG", "KZ", "EE"), Set.of("en", "ru", "ky"),
            Set.of("A1", "A2", "B1", "B2", "C1", "C2"));

    private static ProfileInput student() {
        return new ProfileInput("Aizada", "Toktogulova", LocalDate.of(2004, 3, 15), "KG", "+996 555 123 456", "General Medicine", 7, 3,
                new BigDecimal("4.30"), new BigDecimal("5"), List.of(new LanguageLevel("en", "B2"), new LanguageLevel("ru", "C2")), null,
                null, null, null, null);
    }

    private static List<String> fields(ProfileInput input) {
        return ProfileRules.violations(input, TODAY, CODES).stream().map(FieldError::field).toList();
    }

    private static ProfileInput born(LocalDate date) {
        ProfileInput s = student();
        return new ProfileInput(s.givenName(), s.familyName(), date, s.citizenship(), s.phone(), s.studyProgramme(), s.studyCycle(),
                s.yearOfStudy(), s.gradeAverage(), s.gradeScale(), s.languages(), null, null, null, null, null);
    }

    private static ProfileInput withStudies(String phone, Integer cycle, Integer year, String average, String scale) {
        ProfileInput s = student();
        return new ProfileInput(s.givenName(), s.familyName(), s.dateOfBirth(), s.citizenship(), phone, s.studyProgramme(), cycle, year,
                average == null ? null : new BigDecimal(average), scale == null ? null : new BigDecimal(scale), s.languages(), null, null,
                null, null, null);
    }

    private static ProfileInput speaking(List<LanguageLevel> languages, String citizenship) {
        ProfileInput s = student();
        return new ProfileInput(s.givenName(), s.familyName(), s.dateOfBirth(), citizenship, s.phone(), s.studyProgramme(), s.studyCycle(),
                s.yearOfStudy(), s.gradeAverage(), s.gradeScale(), languages, null, null, null, null, null);
    }

    @Test
    void aCompleteStudentAndAnEmptyDraftAreBothFine() {
        assertThat(fields(student())).isEmpty();
        assertThat(fields(new ProfileInput("A", "B", null, null, null, null, null, null, null, null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void applicantsAreFifteenToAHundredYearsOld() {
        assertThat(fields(born(TODAY.minusYears(15)))).isEmpty();
        assertThat(fields(born(TODAY.minusYears(15).plusDays(1)))).containsExactly("dateOfBirth");
        assertThat(fields(born(TODAY.minusYears(100)))).isEmpty();
        assertThat(fields(born(TODAY.minusYears(100).minusDays(1)))).containsExactly("dateOfBirth");
        assertThat(fields(born(TODAY.plusDays(1)))).containsExactly("dateOfBirth");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+996555123456", "+996 555 123 456", "+7-701-123-45-67", "+3725123456" })
    void internationalPhoneNumbersPass(String phone) {
        assertThat(fields(withStudies(phone, 7, 3, "4.3", "5"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0555123456", "+0555123456", "+99655512345678901", "+996 555 abc", "+12345" })
    void otherPhoneNumbersAreRefused(String phone) {
        assertThat(fields(withStudies(phone, 7, 3, "4.3", "5"))).containsExactly("phone");
    }

    @ParameterizedTest
    @CsvSource({
            "4, 3, 4.3, 5, studyCycle",
            "9, 3, 4.3, 5, studyCycle",
            "7, 0, 4.3, 5, yearOfStudy",
            "7, 9, 4.3, 5, yearOfStudy",
            "7, 3, 5.01, 5, gradeAverage",
            "7, 3, 0, 5, gradeAverage",
            "7, 3, 4.3, , gradeScale",
            "7, 3, , 0, gradeScale",
            "7, 3, , 100.5, gradeScale" })
    void studiesOutOfRangeNameTheField(Integer cycle, Integer year, String average, String scale, String field) {
        assertThat(fields(withStudies("+996555123456", cycle, year, average, scale))).containsExactly(field);
    }

    @Test
    void theGradeMayEqualTheScaleOnAnyScale() {
        assertThat(fields(withStudies("+996555123456", 6, 1, "5", "5"))).isEmpty();
        assertThat(fields(withStudies("+996555123456", 6, 1, "87.5", "100"))).isEmpty();
    }

    @Test
    void languagesAndCountriesMustBeKnownAndListedOnce() {
        assertThat(fields(speaking(List.of(new LanguageLevel("xx", "B2"), new LanguageLevel("en", "D1")), "KG")))
                .containsExactly("languages[0].language", "languages[1].cefrLevel");
        assertThat(fields(speaking(List.of(new LanguageLevel("en", "B2"), new LanguageLevel("en", "C1")), "KG")))
                .containsExactly("languages[1].language");
        assertThat(fields(speaking(List.of(), "XX"))).containsExactly("citizenship");
    }

    private static Case broken(String name, ProfileInput input, String field, Refusal refusal) {
        return Refusals.refused(name, () -> ProfileRules.violations(input, TODAY, CODES), field, refusal);
    }

    static Stream<Case> refusals() {
        return Stream.of(
                broken("too young", born(TODAY.minusYears(14)), "dateOfBirth", ProfileRefusals.AGE),
                broken("an unknown country", speaking(List.of(), "XX"), "citizenship", CommonRefusals.UNKNOWN_COUNTRY),
                broken("a local phone number", withStudies("0555 123 456", 7, 3, "4.3", "5"), "phone", ProfileRefusals.PHONE_FORMAT),
                broken("EQF level 4", withStudies(null, 4, 3, "4.3", "5"), "studyCycle", CommonRefusals.EQF_LEVEL),
                broken("year of study 9", withStudies(null, 7, 9, "4.3", "5"), "yearOfStudy", CommonRefusals.BETWEEN),
                broken("a scale of 200", withStudies(null, 7, 3, "4.3", "200"), "gradeScale", CommonRefusals.POSITIVE_AT_MOST),
                broken("an average without scale", withStudies(null, 7, 3, "4.3", null), "gradeScale", ProfileRefusals.GRADE_SCALE_REQUIRED),
                broken("an average above the scale", withStudies(null, 7, 3, "6", "5"), "gradeAverage", CommonRefusals.GRADE_ABOVE_SCALE),
                broken("an unknown language", speaking(List.of(new LanguageLevel("xx", "B2")), "KG"), "languages[0].language",
                        CommonRefusals.UNKNOWN_LANGUAGE),
                broken("a language twice", speaking(List.of(new LanguageLevel("en", "B2"), new LanguageLevel("en", "C1")), "KG"),
                        "languages[1].language", CommonRefusals.DUPLICATE),
                broken("an unknown level", speaking(List.of(new LanguageLevel("en", "B3")), "KG"), "languages[0].cefrLevel",
                        CommonRefusals.UNKNOWN_CEFR_LEVEL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalCarriesItsCodeAndArguments(Case refusal) {
        refusal.check();
    }

    @Test
    void theTableCoversEveryRefusalOfTheProfileRules() {
        assertThat(Refusals.covered(refusals())).containsAll(Refusals.declaredIn(ProfileRefusals.class));
    }
}
