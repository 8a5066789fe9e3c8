package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final Backoff defaults = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), 8);

    @Test
    void delaysDoubleFromTheBase() {
        List<Duration> delays = new ArrayList<>();
        for (int failed = 1; failed <= 7; failed++) {
            delays.add(defaults.delayAfter(failed));
        }
        assertThat(delays).extracting(Duration::toSeconds).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L);
    }

    @Test
    void theNextAttemptComesAfterTheDelayUntilTheAttemptsAreUsedUp() {
        assertThat(defaults.nextAttempt(1, NOW)).contains(NOW.plusSeconds(10));
        assertThat(defaults.nextAttempt(7, NOW)).contains(NOW.plusSeconds(640));
        assertThat(defaults.nextAttempt(8, NOW)).isEmpty();
        assertThat(defaults.nextAttempt(9, NOW)).isEmpty();
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).nextAttempt(1, NOW)).isEmpty();
    }

    @Test
    void delaysStopAtTheCapEvenForAbsurdAttemptCounts() {
        Backoff capped = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5), 1000);
        assertThat(capped.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(capped.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(capped.delayAfter(62)).isEqualTo(Duration.ofMinutes(5));
        assertThat(capped.delayAfter(63)).isEqualTo(Duration.ofMinutes(5));
        assertThat(capped.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
