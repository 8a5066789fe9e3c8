package org.mobilitydesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void countsPerKeyAndWindowAndSaysWhenToComeBack() {
        RateLimiter limiter = new RateLimiter(2, 60);
        limiter.acquire("a", T0);
        limiter.acquire("a", T0.plusSeconds(10));
        limiter.acquire("b", T0.plusSeconds(10));
        assertThatThrownBy(() -> limiter.acquire("a", T0.plusSeconds(15))).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(45));
        limiter.acquire("a", T0.plusSeconds(60));
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new RateLimiter(0, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
