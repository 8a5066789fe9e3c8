package org.mobilitydesk.common;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key (a client address) in each window of {@code windowSeconds}; fixed windows,
 * in memory, per instance. Old windows are dropped once many keys are tracked, so memory stays bounded.
 */
public final class RateLimiter {

    private static final int MAX_TRACKED_KEYS = 10_000;

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowSeconds;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, long windowSeconds) {
        if (limit < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowSeconds = windowSeconds;
    }

    /** Counts one request; throws when the key is over its limit in the current window. */
    public void acquire(String key, Instant now) {
        long start = now.getEpochSecond() / windowSeconds * windowSeconds;
        if (windows.size() > MAX_TRACKED_KEYS) {
            windows.values().removeIf(w -> w.start() < start);
        }
        Window window = windows.merge(key, new Window(start, 1),
                (old, fresh) -> old.start() == start ? new Window(start, old.count() + 1) : fresh);
        if (window.count() > limit) {
            throw new TooManyRequestsException(Math.max(1, start + windowSeconds - now.getEpochSecond()));
        }
    }
}
