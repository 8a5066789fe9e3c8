package org.mobilitydesk.selection.commission;

import org.mobilitydesk.common.Refusal;

/** The refusals of allocation runs and of the commission's decision. */
public final class CommissionRefusals {

    /** 409: the allocation runs once the call has closed. */
    public static final Refusal CALL_NOT_CLOSED = Refusal.of("commission.run.callNotClosed");
    /** 409: a call that publishes no criteria has nothing to rank by. */
    public static final Refusal NO_CRITERIA = Refusal.of("commission.run.noCriteria");

    /** 409: a decision is in force; reopen it first. */
    public static final Refusal ALREADY_DECIDED = Refusal.of("commission.decision.alreadyDecided");
    /** 409: no decision is in force to reopen or print. */
    public static final Refusal NOT_DECIDED = Refusal.of("commission.decision.notDecided");
    /** 409: the results of the decision are published; it is not reopened. */
    public static final Refusal PUBLISHED = Refusal.of("commission.decision.published");
    /** 409 at runId: scores, eligibility or places changed since the run; run the allocation again. */
    public static final Refusal RUN_OUT_OF_DATE = Refusal.of("commission.decision.runOutOfDate");
    /** 422 at runId: no run of this call has the id. */
    public static final Refusal UNKNOWN_RUN = Refusal.of("commission.decision.unknownRun");
    /** 422 at meetingDate: the commission cannot have met after today (the call's time zone). */
    public static final Refusal MEETING_IN_FUTURE = Refusal.of("commission.decision.meetingInFuture", "today");

    private CommissionRefusals() {
    }
}
