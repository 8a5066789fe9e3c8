package org.mobilitydesk.selection;

import java.util.List;

/**
 * The codes of explanation steps, each with the names of its arguments, for the SPA and e-mails to translate. Partners
 * are named by id, other candidates only by their rank; a preference is 1 for the first choice; totals have two decimals.
 */
public enum StepCode {
    /** Ranked {@code rank} of {@code of} complete applications, with {@code total}. */
    RANK("rank", "of", "total"),
    /** Scoring is incomplete on {@code criteria} (keys), each needing {@code required} submitted evaluations: not ranked. */
    INCOMPLETE_SCORING("criteria", "required"),
    /** The total is below the call's {@code minimum}: not selected. */
    BELOW_MINIMUM("minimum", "total"),
    /** The applicant declined or withdrew: out of the competition. */
    DECLINED(),
    /** The partner of this preference has no places in the call. */
    PREFERENCE_NO_PLACES("partnerId", "preference"),
    /** All {@code places} of this preference's partner are held by higher-ranked candidates, {@code takenByRanks} ascending. */
    PREFERENCE_FULL("partnerId", "preference", "places", "takenByRanks"),
    /** Placed at this preference's partner. */
    PLACED("partnerId", "preference"),
    /** Every preference is full: on the reserve list at {@code position}, 1 first. */
    RESERVE("position"),
    /** A move: a place at the partner was freed by the candidate at {@code freedByRank}, after the decline of {@code declinedRank}. */
    PLACE_FREED("partnerId", "freedByRank", "declinedRank"),
    /** A move: from the place at a lower preference to the freed one. */
    UPGRADED("fromPartnerId", "fromPreference", "partnerId", "preference"),
    /** A move: from the reserve list to the freed place. */
    LEFT_RESERVE("reservePosition", "partnerId", "preference");

    private final List<String> arguments;

    StepCode(String... arguments) {
        this.arguments = List.of(arguments);
    }

    public List<String> arguments() {
        return arguments;
    }
}
