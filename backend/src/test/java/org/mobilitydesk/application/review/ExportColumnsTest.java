package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;
import org.mobilitydesk.reference.LocalizedNames;

class ExportColumnsTest {

    private static final ProfileView PROFILE = new ProfileView(true, "aizada", "aizada@example.kg", "Aizada", "Toktogulova",
            LocalDate.of(2004, 3, 15), "KG", null, "General Medicine", 7, 3, new BigDecimal("4.30"), new BigDecimal("5.00"),
            List.of(new LanguageLevel("en", "B2"), new LanguageLevel("ru", "C1")), null, null, null, false, 2, Instant.EPOCH);
    private static final Map<String, LocalizedNames> COUNTRIES = Map.of("KG",
            new LocalizedNames("Kyrgyzstan", "Киргизия", "Кыргызстан", "Қырғызстан"));
    private static final Map<String, LocalizedNames> LANGUAGES = Map.of(
            "en", new LocalizedNames("English", "английский", "англис тили", "ағылшын тілі"),
            "ru", new LocalizedNames("Russian", "русский", "орус тили", "орыс тілі"));

    private static ExportColumns columns(InterfaceLanguage language, int preferences) {
        return new ExportColumns(Messages.of(language), preferences, COUNTRIES, LANGUAGES);
    }

    private static ExportRecord record(ProfileView profile, List<String> preferences) {
        return new ExportRecord("MD-2027-000042", Instant.parse("2026-11-02T18:30:05.123Z"), "SUBMITTED", "INELIGIBLE", "Grade too low",
                "Aizada Toktogulova", "aizada@example.kg", profile, preferences, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 2,
                "Private");
    }

    @Test
    void aRowFillsEveryColumnInOrderWithWordsForCodes() {
        ExportColumns english = columns(InterfaceLanguage.EN, 3);
        List<Object> cells = english.cells(record(PROFILE, List.of("University of Tartu", "Politecnico di Milano")), ZoneId.of("Asia/Bishkek"));
        assertThat(cells).hasSize(english.headers().size()).containsExactly("MD-2027-000042", LocalDateTime.parse("2026-11-03T00:30:05"),
                "Submitted", "Not eligible", "Grade too low", "Aizada Toktogulova", "aizada@example.kg", "Kyrgyzstan", LocalDate.of(2004, 3, 15),
                "General Medicine", "Master (EQF 7)", 3, "4.3 of 5", "English B2, Russian C1", "University of Tartu", "Politecnico di Milano",
                null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 2, "Private");
    }

    @Test
    void wordsAreInTheExportingUsersLanguage() {
        List<Object> cells = columns(InterfaceLanguage.RU, 2).cells(record(PROFILE, List.of()), ZoneOffset.UTC);
        assertThat(cells.subList(2, 4)).containsExactly("Подана", "Не соответствует условиям");
        assertThat(cells.subList(7, 14)).containsExactly("Киргизия", LocalDate.of(2004, 3, 15), "General Medicine", "Магистратура (EQF 7)", 3,
                "4.3 из 5", "английский B2, русский C1");
        assertThat(columns(InterfaceLanguage.KK, 2).cells(record(PROFILE, List.of()), ZoneOffset.UTC).get(7)).isEqualTo("Қырғызстан");
    }

    @Test
    void thereIsOnePreferenceColumnPerChoiceTheCallAllows() {
        assertThat(columns(InterfaceLanguage.EN, 2).headers()).containsExactly("Receipt number", "Submitted at", "Status", "Eligibility",
                "Eligibility reason", "Applicant name", "E-mail", "Citizenship", "Date of birth", "Study programme", "Study cycle", "Year of study",
                "Grade average", "Languages", "Preference 1", "Preference 2", "Planned start", "Planned end", "Documents", "Note");
        assertThat(columns(InterfaceLanguage.KY, 1).headers()).contains("Тандоо 1").doesNotContain("Тандоо 2").hasSize(19);
        assertThat(columns(InterfaceLanguage.EN, 2).cells(record(PROFILE, List.of("Tartu")), ZoneOffset.UTC)).hasSize(20);
    }

    @Test
    void aMissingSnapshotOrPreferencesLeaveCellsEmpty() {
        List<Object> cells = columns(InterfaceLanguage.EN, 3).cells(record(null, List.of()), ZoneOffset.UTC);
        assertThat(cells).hasSize(21);
        assertThat(cells.subList(7, 17)).containsOnlyNulls();
        assertThat(cells.get(1)).isEqualTo(LocalDateTime.parse("2026-11-02T18:30:05"));
    }

    @Test
    void anUnknownCodeStaysAsItIs() {
        ProfileView unknown = new ProfileView(true, "a", null, "A", "B", null, "XK", null, null, 9, null, null, null,
                List.of(new LanguageLevel("et", "A2")), null, null, null, false, 2, Instant.EPOCH);
        List<Object> cells = columns(InterfaceLanguage.EN, 1).cells(record(unknown, List.of()), ZoneOffset.UTC);
        assertThat(cells.get(7)).isEqualTo("XK");
        assertThat(cells.get(10)).isEqualTo("9");
        assertThat(cells.get(13)).isEqualTo("et A2");
    }

    @ParameterizedTest
    @CsvSource({ "4.30, 5.00, 4.3 of 5", "87.5, 100, 87.5 of 100", "3, 4.0, 3 of 4" })
    void gradesAreWrittenWithoutTrailingZeros(String average, String scale, String written) {
        assertThat(columns(InterfaceLanguage.EN, 1).grade(new BigDecimal(average), new BigDecimal(scale))).isEqualTo(written);
    }

    @Test
    void aGradeWithoutBothPartsOrNoLanguagesIsEmpty() {
        ExportColumns english = columns(InterfaceLanguage.EN, 1);
        assertThat(english.grade(null, new BigDecimal("5"))).isNull();
        assertThat(english.grade(new BigDecimal("4"), null)).isNull();
        assertThat(english.languages(List.of())).isNull();
        assertThat(english.languages(null)).isNull();
    }

    @Test
    void localTimeFollowsTheZoneAcrossMidnightAndTruncatesToSeconds() {
        assertThat(ExportColumns.localTime(Instant.parse("2027-03-31T17:59:59.999Z"), ZoneId.of("Asia/Bishkek")))
                .isEqualTo(LocalDateTime.parse("2027-03-31T23:59:59"));
        assertThat(ExportColumns.localTime(Instant.parse("2027-03-31T18:00:00Z"), ZoneId.of("Asia/Bishkek")))
                .isEqualTo(LocalDateTime.parse("2027-04-01T00:00:00"));
        assertThat(ExportColumns.localTime(Instant.parse("2027-01-01T10:00:00Z"), ZoneId.of("Europe/Tallinn")))
                .isEqualTo(LocalDateTime.parse("2027-01-01T12:00:00"));
        assertThat(ExportColumns.localTime(null, ZoneOffset.UTC)).isNull();
    }
}
