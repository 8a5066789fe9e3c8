package org.mobilitydesk.application;

/** The coordinator's eligibility decision on an application. */
public enum EligibilityDecision {
    PENDING, ELIGIBLE, INELIGIBLE
}
