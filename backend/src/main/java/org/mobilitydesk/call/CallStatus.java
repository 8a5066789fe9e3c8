package org.mobilitydesk.call;

/** Where a call stands; see {@link CallLifecycle}. Only DRAFT and PUBLISHED are stored: CLOSED follows from the deadline. */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED
}
