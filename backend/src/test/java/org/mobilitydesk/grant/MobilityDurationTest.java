package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class MobilityDurationTest {

    @ParameterizedTest(name = "{0} to {1}: {2} days")
    @CsvSource({
            // the DOMAIN example: five months of which three have 31 days
            "2025-02-01, 2025-06-30, 150",
            // 31-day months count 30 days: the 31st is the 30th
            "2025-01-01, 2025-01-31, 30",
            "2025-01-01, 2025-01-30, 30",
            "2025-01-01, 2025-03-31, 90",
            "2025-03-31, 2025-04-30, 31",
            "2025-01-31, 2025-01-31, 1",
            "2025-07-01, 2025-08-31, 60",
            // February: its last day is the 28th or 29th, not the 30th
            "2025-02-01, 2025-02-28, 28",
            "2024-02-01, 2024-02-29, 29",
            "2025-02-01, 2025-03-31, 60",
            "2024-02-01, 2024-03-31, 60",
            "2025-01-15, 2025-03-14, 60",
            // across the end of a year
            "2024-09-01, 2025-01-31, 150",
            "2024-12-15, 2025-01-14, 30",
            "2024-10-01, 2025-09-30, 360",
            "2023-12-31, 2024-01-01, 2" })
    void thirtyDayMonths(LocalDate start, LocalDate end, int days) {
        assertThat(MobilityDuration.thirtyDayMonthDays(start, end)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} days: {1} months and {2} days")
    @CsvSource({ "150, 5, 0", "29, 0, 29", "30, 1, 0", "61, 2, 1", "359, 11, 29", "360, 12, 0" })
    void wholeMonthsAndRemainingDays(int days, int months, int remaining) {
        MobilityDuration duration = new MobilityDuration(days, MobilityDuration.Counting.THIRTY_DAY_MONTHS);
        assertThat(duration.wholeMonths()).isEqualTo(months);
        assertThat(duration.remainingDays()).isEqualTo(remaining);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} calendar days")
    @CsvSource({ "2025-03-03, 2025-03-09, 7", "2025-01-01, 2025-01-31, 31", "2024-02-01, 2024-02-29, 29", "2025-02-01, 2025-02-28, 28",
            "2024-12-28, 2025-01-03, 7", "2025-05-05, 2025-05-05, 1" })
    void calendarDays(LocalDate start, LocalDate end, int days) {
        assertThat(MobilityDuration.calendarDays(start, end)).isEqualTo(days);
    }

    @Test
    void theTypeChoosesTheCounting() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2025, 3, 31);
        assertThat(MobilityDuration.of(MobilityType.STUDENT_STUDIES, start, end))
                .isEqualTo(new MobilityDuration(90, MobilityDuration.Counting.THIRTY_DAY_MONTHS));
        assertThat(MobilityDuration.of(MobilityType.STUDENT_TRAINEESHIP, start, end).days()).isEqualTo(90);
        for (MobilityType type : new MobilityType[] { MobilityType.SHORT_TERM_BLENDED, MobilityType.SHORT_TERM_DOCTORAL,
                MobilityType.STAFF_TEACHING, MobilityType.STAFF_TRAINING }) {
            assertThat(MobilityDuration.of(type, start, end)).isEqualTo(new MobilityDuration(90, MobilityDuration.Counting.CALENDAR_DAYS));
        }
        assertThat(MobilityDuration.of(MobilityType.STAFF_TEACHING, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 30)).days()).isEqualTo(89);
    }

    @Test
    void travelDaysAddToTheCount() {
        MobilityDuration duration = new MobilityDuration(150, MobilityDuration.Counting.THIRTY_DAY_MONTHS).plus(2);
        assertThat(duration).isEqualTo(new MobilityDuration(152, MobilityDuration.Counting.THIRTY_DAY_MONTHS));
        assertThat(duration.wholeMonths()).isEqualTo(5);
        assertThat(duration.remainingDays()).isEqualTo(2);
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        LocalDate start = LocalDate.of(2025, 3, 3);
        assertThatThrownBy(() -> MobilityDuration.thirtyDayMonthDays(start, start.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MobilityDuration.calendarDays(start, start.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MobilityDuration(0, MobilityDuration.Counting.CALENDAR_DAYS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaterEndNeverCountsFewerDaysAndAYearIs360() {
        Samples.forAll(random -> {
            LocalDate start = LocalDate.of(2022, 1, 1).plusDays(Samples.between(random, 0, 3000));
            LocalDate end = start.plusDays(Samples.between(random, 0, 800));
            int extension = Samples.between(random, 1, 40);
            int days = MobilityDuration.thirtyDayMonthDays(start, end);
            assertThat(days).as("%s to %s", start, end).isPositive();
            assertThat(MobilityDuration.thirtyDayMonthDays(start, end.plusDays(extension))).isGreaterThanOrEqualTo(days);
            assertThat(MobilityDuration.thirtyDayMonthDays(start.minusDays(extension), end)).isGreaterThanOrEqualTo(days);
            assertThat(MobilityDuration.thirtyDayMonthDays(start.plusYears(1), end.plusYears(1)))
                    .as("the same dates a year later, unless a 29 February moves").isBetween(days - 1, days + 1);
            assertThat(MobilityDuration.thirtyDayMonthDays(start, end.plusYears(1))).isBetween(days + 359, days + 361);
        });
    }
}
