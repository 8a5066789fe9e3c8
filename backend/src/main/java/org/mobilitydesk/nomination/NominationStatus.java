package org.mobilitydesk.nomination;

/** Where a nomination stands: proposed to the receiving institution, then accepted or rejected by it, or cancelled by the sender. */
public enum NominationStatus {
    NOMINATED, ACCEPTED, REJECTED, CANCELLED;

    public static final String PATTERN = "^(NOMINATED|ACCEPTED|REJECTED|CANCELLED)$";
    public static final String PATTERN_MESSAGE = "must be NOMINATED, ACCEPTED, REJECTED or CANCELLED";

    /** Whether the nomination holds one of its flow's mobilities for the year. */
    public boolean holdsAPlace() {
        return this == NOMINATED || this == ACCEPTED;
    }
}
