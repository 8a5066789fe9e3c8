package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mobilitydesk.common.FieldError;

class AcademicCalendarTest {

    @Test
    void anAcademicYearEndsOnThe31stOfAugustOfItsSecondYear() {
        assertThat(AcademicCalendar.endOf("2020/2021")).isEqualTo(LocalDate.of(2021, 8, 31));
    }

    @ParameterizedTest
    @CsvSource({ "2026-08-31, 2025/2026", "2026-09-01, 2026/2027", "2027-01-15, 2026/2027" })
    void aDayBelongsToTheAcademicYearStartingTheSeptemberBefore(LocalDate day, String year) {
        assertThat(AcademicCalendar.containing(day)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({ "2026-11-29, 2028-08-31", "2026-08-31, 2027-08-31", "2026-09-01, 2028-08-31" })
    void terminationNeedsTheAcademicYearAfterTheCurrentOneAsNotice(LocalDate today, LocalDate earliest) {
        assertThat(AcademicCalendar.earliestTermination(today)).isEqualTo(earliest);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-29, 2026/2027, true",
            "2026-11-29, 2025/2026, false",
            "2026-11-29, 2027/2028, false",
            "2026-08-31, 2025/2026, true",
            "2026-08-31, 2026/2027, true",
            "2026-09-01, 2026/2027, true",
            "2027-08-31, 2027/2028, true",
            "2027-08-30, 2027/2028, false",
            "2026-09-01, 2025/2026, false",
            "2026-09-02, 2027/2028, false" })
    void anAgreementEndsSoonWhenItsLastYearEndsWithinTwelveMonths(LocalDate today, String lastYear, boolean soon) {
        assertThat(AcademicCalendar.endsSoon(lastYear, today)).isEqualTo(soon);
    }

    @Test
    void terminationWithTooLittleNoticeNeedsAnOverrideWithAReason() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(Termination.violations(LocalDate.of(2028, 8, 31), today, false, null)).isEmpty();
        assertThat(Termination.violations(LocalDate.of(2028, 8, 30), today, false, null)).extracting(FieldError::field, FieldError::message, FieldError::code).containsExactly(tuple(
                "terminationDate", "must be 2028-08-31 or later (one academic year's notice), unless you override the notice with a reason",
                "agreement.termination.notice"));
        assertThat(Termination.violations(LocalDate.of(2027, 1, 31), today, true, "Partner closed the programme")).isEmpty();
        assertThat(Termination.violations(LocalDate.of(2027, 1, 31), today, true, " ")).extracting(FieldError::field, FieldError::message, FieldError::code).containsExactly(
                tuple("overrideReason", "is required when the notice is overridden", "agreement.termination.overrideReasonRequired"));
        assertThat(Termination.violations(LocalDate.of(2026, 11, 28), today, true, "Closed")).extracting(FieldError::field, FieldError::message, FieldError::code).containsExactly(
                tuple("terminationDate", "must not be in the past", "agreement.termination.past"));
    }
}
