package org.mobilitydesk.nomination;

import org.mobilitydesk.common.Refusal;

/** The refusals of nominating candidates and of deciding on nominations. */
public final class NominationRefusals {

    /** 422: the application is not one of the call's. */
    public static final Refusal UNKNOWN_APPLICATION = Refusal.of("nomination.unknownApplication");
    /** 422: the candidate holds no accepted offer of a place. */
    public static final Refusal NOT_ACCEPTED = Refusal.of("nomination.notAccepted");
    /** 422: no agreement in force has an outgoing flow to the partner for the call's type and year. */
    public static final Refusal NO_FLOW = Refusal.of("nomination.noFlow");
    /** 422: the flow's mobilities per year (mobilities) are held by nominations (total) and no override is given. */
    public static final Refusal OVER_CAPACITY = Refusal.of("nomination.overCapacity", "mobilities", "total");
    /** 422: the document is not one of the application's. */
    public static final Refusal UNKNOWN_DOCUMENT = Refusal.of("nomination.unknownDocument");
    /** 422: the period leaves the agreement's academic years (first, last). */
    public static final Refusal OUTSIDE_AGREEMENT = Refusal.of("nomination.outsideAgreement", "firstAcademicYear", "lastAcademicYear");
    /** 409: the nomination's state (the problem's currentStatus) does not allow the action. */
    public static final Refusal WRONG_STATE = Refusal.of("nomination.wrongState");
    /** 409: a letter comes with the partner's decision, not before. */
    public static final Refusal LETTER_BEFORE_DECISION = Refusal.of("nomination.letterBeforeDecision");

    private NominationRefusals() {
    }
}
