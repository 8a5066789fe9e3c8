package org.mobilitydesk.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.quarkus.test.junit.QuarkusMock;

/** The server's clock stands still at the given moment until the test ends. */
public final class TestClock {

    private TestClock() {
    }

    public static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    /** Midnight UTC of the day, as yyyy-mm-dd. */
    public static void on(String day) {
        at(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
