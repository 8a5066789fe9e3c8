package org.mobilitydesk.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off of webhook deliveries: after the n-th failed attempt the next one comes base × 2^(n−1) later,
 * at most {@code cap} later, and there is none after {@code maxAttempts} attempts.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Back-off needs a positive base, a cap of at least the base and at least one attempt");
        }
    }

    /** How long to wait after the given number of failed attempts (1 or more). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be 1 or more: " + failedAttempts);
        }
        int doublings = failedAttempts - 1;
        // base × 2^doublings exceeds the cap exactly when 2^doublings exceeds cap ÷ base (rounded down); no overflow
        if (doublings >= Long.SIZE - 2 || 1L << doublings > cap.dividedBy(base)) {
            return cap;
        }
        return base.multipliedBy(1L << doublings);
    }

    /** When to try again after the given number of failed attempts, or empty when no attempt is left. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}
