package org.mobilitydesk.selection.results;

import org.mobilitydesk.common.Refusal;

/** The refusals of publishing results and of candidates' answers to offers. */
public final class ResultsRefusals {

    /** 409: results are published once the commission has decided. */
    public static final Refusal NOT_DECIDED = Refusal.of("results.notDecided");
    /** 409: the results are already published. */
    public static final Refusal PUBLISHED = Refusal.of("results.published");
    /** 409: the candidate holds no offered place to accept. */
    public static final Refusal NO_OFFER = Refusal.of("results.noOffer");
    /** 409: the offer was declined (or expired): it cannot be accepted any more. */
    public static final Refusal DECLINED = Refusal.of("results.declined");
    /** 409: the time to answer ended (respondBy, ISO instant). */
    public static final Refusal DEADLINE_PASSED = Refusal.of("results.deadlinePassed", "respondBy");

    /** 409: the days for appeals ended (appealUntil, ISO instant), or the results allow none. */
    public static final Refusal APPEAL_CLOSED = Refusal.of("results.appealClosed", "appealUntil");
    /** 409: an appeal of this candidate waits for its answer. */
    public static final Refusal APPEAL_WAITING = Refusal.of("results.appealWaiting");
    /** 409: the appeal is answered already. */
    public static final Refusal APPEAL_ANSWERED = Refusal.of("results.appealAnswered");
    /** 409: results are not published yet. */
    public static final Refusal NOT_PUBLISHED = Refusal.of("results.notPublished");

    private ResultsRefusals() {
    }
}
