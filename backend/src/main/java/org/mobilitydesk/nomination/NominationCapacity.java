package org.mobilitydesk.nomination;

import java.util.List;

import org.mobilitydesk.common.FieldError;

/**
 * Nominations count against their flow's mobilities per year (the nominated and the accepted ones); going over the
 * flow needs an override with a reason.
 */
public final class NominationCapacity {

    private NominationCapacity() {
    }

    /** What refuses adding nominations to a flow that allows capacity and has used places already. */
    public static List<FieldError> check(int capacity, long used, int adding, String overrideReason) {
        if (used + adding <= capacity || overrideReason != null && !overrideReason.isBlank()) {
            return List.of();
        }
        return List.of(NominationRefusals.OVER_CAPACITY.at("overrideReason", "the flow provides for " + capacity + " mobilities this year and "
                + used + " are nominated or accepted: give a reason to nominate " + adding + " more", capacity, used));
    }
}
