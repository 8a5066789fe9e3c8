package org.mobilitydesk.agreement;

/** Where an agreement's current conditions stand; see {@link AgreementLifecycle}. */
public enum AgreementStatus {
    DRAFT, SIGNED_BY_HOME, DECLINED_BY_PARTNER, IN_FORCE, TERMINATED
}
