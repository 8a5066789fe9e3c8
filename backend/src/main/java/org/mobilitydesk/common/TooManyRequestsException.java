package org.mobilitydesk.common;

/** A caller sent more requests than its limit allows; it may try again after the given number of seconds. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests",
                "You sent too many requests in a short time. Try again in " + retryAfterSeconds + " seconds.", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
