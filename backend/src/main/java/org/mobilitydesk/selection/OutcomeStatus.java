package org.mobilitydesk.selection;

public enum OutcomeStatus {
    /** Holds a place at a partner. */
    PLACED,
    /** Ranked and eligible for a place, but every preference is full: on the reserve list. */
    RESERVE,
    /** Ranked, but below the call's minimum total. */
    NOT_SELECTED,
    /** Not ranked: an evaluator-scored criterion lacks submitted evaluations. */
    INCOMPLETE,
    /** Declined the offer or withdrew: out of the competition, its place freed. Keeps its rank, so others' ranks stay. */
    DECLINED;

    /** A query parameter naming a status, checked before it is read. */
    public static final String PATTERN = "^(PLACED|RESERVE|NOT_SELECTED|INCOMPLETE|DECLINED)$";
    public static final String PATTERN_MESSAGE = "must be PLACED, RESERVE, NOT_SELECTED, INCOMPLETE or DECLINED";
}
