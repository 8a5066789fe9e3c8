package org.mobilitydesk.selection.commission;

import org.mobilitydesk.common.Refusal;

/** The refusals of allocation runs and of the commission's decision. */
public final class CommissionRefusals {

    /** 409: the allocation runs once the call has closed. */
    public static final Refusal CALL_NOT_CLOSED = Refusal.of("commission.run.callNotClosed");
    /** 409: a call that publishes no criteria has nothing to rank by. */
    public static final Refusal NO_CRITERIA = Refusal.of("commission.run.noCriteria");

    private CommissionRefusals() {
    }
}
