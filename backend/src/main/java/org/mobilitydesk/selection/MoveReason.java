package org.mobilitydesk.selection;

public enum MoveReason {
    /** A placed candidate moved to a partner they preferred, freeing their old place. */
    UPGRADE_AFTER_DECLINE,
    /** A candidate on the reserve list got a place. */
    FROM_RESERVE
}
