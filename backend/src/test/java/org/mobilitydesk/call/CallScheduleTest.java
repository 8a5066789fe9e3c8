package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.call.CallViews.Schedule;

/** Deadlines are instants; the home institution's time zone only shows them, with the offset in force at that instant. */
class CallScheduleTest {

    private static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private static OffsetDateTime deadlineIn(ZoneId zone, String instant) {
        Instant deadline = Instant.parse(instant);
        return Schedule.of(deadline.minusSeconds(86_400), deadline, zone, false).deadlineLocal();
    }

    @Test
    void bishkekIsSixHoursAheadAllYear() {
        assertThat(deadlineIn(BISHKEK, "2027-03-31T17:59:59Z")).isEqualTo(OffsetDateTime.parse("2027-03-31T23:59:59+06:00"));
        assertThat(deadlineIn(BISHKEK, "2027-07-31T17:59:59Z")).isEqualTo(OffsetDateTime.parse("2027-07-31T23:59:59+06:00"));
    }

    @Test
    void aDeadlineAroundTheSpringChangeSkipsTheMissingHour() {
        // 28 March 2027: at 01:00 UTC Tallinn goes from 03:00 EET to 04:00 EEST
        assertThat(deadlineIn(TALLINN, "2027-03-28T00:59:59Z")).isEqualTo(OffsetDateTime.parse("2027-03-28T02:59:59+02:00"));
        assertThat(deadlineIn(TALLINN, "2027-03-28T01:00:00Z")).isEqualTo(OffsetDateTime.parse("2027-03-28T04:00:00+03:00"));
    }

    @Test
    void twoDeadlinesInTheRepeatedAutumnHourKeepTheirOffsets() {
        // 31 October 2027: at 01:00 UTC Tallinn goes back from 04:00 EEST to 03:00 EET, so 03:30 happens twice
        OffsetDateTime first = deadlineIn(TALLINN, "2027-10-31T00:30:00Z");
        OffsetDateTime second = deadlineIn(TALLINN, "2027-10-31T01:30:00Z");
        assertThat(first).isEqualTo(OffsetDateTime.parse("2027-10-31T03:30:00+03:00"));
        assertThat(second).isEqualTo(OffsetDateTime.parse("2027-10-31T03:30:00+02:00"));
        assertThat(first.toLocalDateTime()).isEqualTo(second.toLocalDateTime());
        assertThat(first.toInstant()).isBefore(second.toInstant());
    }

    @Test
    void theScheduleNamesTheZoneAndKeepsTheInstants() {
        Instant opens = Instant.parse("2027-01-15T03:00:00Z");
        Instant deadline = Instant.parse("2027-03-31T17:59:59Z");
        Schedule schedule = Schedule.of(opens, deadline, BISHKEK, true);
        assertThat(schedule.timeZone()).isEqualTo("Asia/Bishkek");
        assertThat(schedule.opensAt()).isEqualTo(opens);
        assertThat(schedule.deadline()).isEqualTo(deadline);
        assertThat(schedule.opensAtLocal()).isEqualTo(OffsetDateTime.parse("2027-01-15T09:00:00+06:00"));
        assertThat(schedule.acceptingApplications()).isTrue();
    }
}
