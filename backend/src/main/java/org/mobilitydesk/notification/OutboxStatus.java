package org.mobilitydesk.notification;

/** Where a change notification stands. */
public enum OutboxStatus {
    /** Waiting for its next delivery attempt. */
    PENDING,
    /** The partner's receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; a coordinator may send it again. */
    FAILED,
    /** Never sent: the institution had no webhook (see lastError); a coordinator may send it again once it has one. */
    SKIPPED
}
