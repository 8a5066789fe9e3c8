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

    private ResultsRefusals() {
    }
}
