package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;

class ExportColumnsTest {

    private static final ProfileView PROFILE = new ProfileView(true, "aizada", "aizada@example.kg", "Aizada", "Toktogulova",
            LocalDate.of(2004, 3, 15), "KG", null, "General Medicine", 7, 3, new BigDecimal("4.30"), new BigDecimal("5.00"),
            List.of(new LanguageLevel("en", "B2"), new LanguageLevel("ru", "C1")), null, null, null, 2, Instant.EPOCH);

    private static ExportRecord record(ProfileView profile, List<String> preferences) {
        return new ExportRecord("MD-2027-000042", Instant.parse("2026-11-02T18:30:05.123Z"), "SUBMITTED", "INELIGIBLE", "Grade too low",
                "Aizada Toktogulova", "aizada@example.kg", profile, preferences, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 2,
                "Private");
    }

    @Test
    void aRowFillsEveryColumnInOrder() {
        List<Object> cells = ExportColumns.cells(record(PROFILE, List.of("University of Tartu", "Politecnico di Milano")), ZoneId.of("Asia/Bishkek"));
        assertThat(cells).hasSize(ExportColumns.HEADERS.size()).containsExactly("MD-2027-000042", "2026-11-03T00:30:05", "SUBMITTED",
                "INELIGIBLE", "Grade too low", "Aizada Toktogulova", "aizada@example.kg", "KG", "2004-03-15", "General Medicine", 7, 3,
                "4.3 of 5", "en B2, ru C1", "University of Tartu", "Politecnico di Milano", null, "2027-02-01", "2027-06-30", 2, "Private");
    }

    @Test
    void aMissingSnapshotOrPreferencesLeaveCellsEmpty() {
        List<Object> cells = ExportColumns.cells(record(null, List.of()), ZoneOffset.UTC);
        assertThat(cells).hasSize(21);
        assertThat(cells.subList(7, 17)).containsOnlyNulls();
        assertThat(cells.get(1)).isEqualTo("2026-11-02T18:30:05");
    }

    @Test
    void gradesAreWrittenWithoutTrailingZeros() {
        assertThat(ExportColumns.grade(new BigDecimal("4.30"), new BigDecimal("5.00"))).isEqualTo("4.3 of 5");
        assertThat(ExportColumns.grade(new BigDecimal("87.5"), new BigDecimal("100"))).isEqualTo("87.5 of 100");
        assertThat(ExportColumns.grade(new BigDecimal("3"), new BigDecimal("4.0"))).isEqualTo("3 of 4");
        assertThat(ExportColumns.grade(null, new BigDecimal("5"))).isNull();
        assertThat(ExportColumns.grade(new BigDecimal("4"), null)).isNull();
    }

    @Test
    void languagesAreListedAsCodeAndLevel() {
        assertThat(ExportColumns.languages(List.of(new LanguageLevel("en", "B2")))).isEqualTo("en B2");
        assertThat(ExportColumns.languages(List.of())).isNull();
        assertThat(ExportColumns.languages(null)).isNull();
    }

    @Test
    void localTimeFollowsTheZoneAcrossMidnightAndTruncatesToSeconds() {
        assertThat(ExportColumns.localTime(Instant.parse("2027-03-31T17:59:59.999Z"), ZoneId.of("Asia/Bishkek"))).isEqualTo("2027-03-31T23:59:59");
        assertThat(ExportColumns.localTime(Instant.parse("2027-03-31T18:00:00Z"), ZoneId.of("Asia/Bishkek"))).isEqualTo("2027-04-01T00:00:00");
        assertThat(ExportColumns.localTime(Instant.parse("2027-01-01T10:00:00Z"), ZoneId.of("Europe/Tallinn"))).isEqualTo("2027-01-01T12:00:00");
        assertThat(ExportColumns.localTime(null, ZoneOffset.UTC)).isNull();
    }
}
