package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.common.FieldError;

class PeriodRulesTest {

    private static List<String> keys(CallMobilityType type, String start, String end) {
        return PeriodRules.violations(type, start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end)).stream()
                .map(FieldError::code).toList();
    }

    @Test
    void aPartialPeriodIsFineWhileDrafting() {
        assertThat(keys(CallMobilityType.STUDENT_STUDIES, "2027-02-01", null)).isEmpty();
        assertThat(keys(CallMobilityType.STUDENT_STUDIES, null, "2027-02-01")).isEmpty();
    }

    @Test
    void theEndMustNotBeBeforeTheStart() {
        assertThat(PeriodRules.violations(CallMobilityType.STAFF_TEACHING, LocalDate.parse("2027-03-10"), LocalDate.parse("2027-03-09")))
                .extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("plannedEnd", "application.period.endBeforeStart"));
    }

    @Test
    void longTermStudentsCountThirtyDayMonthsFromTwoToTwelve() {
        // 1 Feb - 31 Mar: 60 days in 30-day months (the 31st counts as the 30th) = exactly 2 months
        assertThat(keys(CallMobilityType.STUDENT_STUDIES, "2027-02-01", "2027-03-31")).isEmpty();
        assertThat(PeriodRules.countedDays(CallMobilityType.STUDENT_STUDIES, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-31"))).isEqualTo(60);
        // 1 Feb - 29 Mar: 59 days: one short
        assertThat(keys(CallMobilityType.STUDENT_STUDIES, "2027-02-01", "2027-03-29")).containsExactly("application.period.tooShort");
        // 1 Feb 2027 - 31 Jan 2028: 360 days = 12 months; a day more is too long
        assertThat(keys(CallMobilityType.STUDENT_TRAINEESHIP, "2027-02-01", "2028-01-31")).isEmpty();
        assertThat(keys(CallMobilityType.STUDENT_TRAINEESHIP, "2027-02-01", "2028-02-01")).containsExactly("application.period.tooLong");
    }

    @Test
    void shortTermAndStaffCountCalendarDaysBothEndsIncluded() {
        assertThat(keys(CallMobilityType.STAFF_TEACHING, "2027-03-01", "2027-03-05")).isEmpty(); // 5 days
        assertThat(keys(CallMobilityType.STAFF_TEACHING, "2027-03-01", "2027-03-04")).containsExactly("application.period.tooShort");
        assertThat(keys(CallMobilityType.STAFF_TRAINING, "2027-03-01", "2027-04-29")).isEmpty(); // 60 days
        assertThat(keys(CallMobilityType.STAFF_TRAINING, "2027-03-01", "2027-04-30")).containsExactly("application.period.tooLong");
        assertThat(keys(CallMobilityType.SHORT_TERM_BLENDED, "2027-07-01", "2027-07-30")).isEmpty(); // 30 days
        assertThat(keys(CallMobilityType.SHORT_TERM_DOCTORAL, "2027-07-01", "2027-07-31")).containsExactly("application.period.tooLong");
        // across the spring DST change: still calendar days
        assertThat(keys(CallMobilityType.STAFF_TEACHING, "2027-03-26", "2027-03-30")).isEmpty();
    }

    @Test
    void theRefusalSaysTheLengthAndTheLimits() {
        FieldError error = PeriodRules.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-28")).get(0);
        assertThat(error.field()).isEqualTo("plannedEnd");
        assertThat(error.args()).containsEntry("days", "28").containsEntry("minimum", "2").containsEntry("maximum", "12").containsEntry("unit", "MONTHS");
        assertThat(error.message()).contains("28 days in 30-day months").contains("2 to 12 months");
    }
}
