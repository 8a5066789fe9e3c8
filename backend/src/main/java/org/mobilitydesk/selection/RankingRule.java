package org.mobilitydesk.selection;

/**
 * The published ranking order, first rule first: the total, then the tie-breaks. Each rule decides only between
 * candidates the rules before it left equal; APPLICATION_ID always decides, so the order is total.
 */
public enum RankingRule {
    /** The higher total (rounded to two decimals, as published). */
    TOTAL,
    /** Fewer opportunities first; applied only when the call says so. */
    FEWER_OPPORTUNITIES_FIRST,
    /** The higher score on the heaviest criterion (the first of the heaviest in the call's order), exact, as score / max. */
    HEAVIEST_CRITERION,
    /** The earlier submission. */
    EARLIER_SUBMISSION,
    /** The application id in its lower-case text form, ascending: the last, deterministic key (as PostgreSQL orders uuid). */
    APPLICATION_ID
}
