package org.mobilitydesk.agreement;

/**
 * Where an agreement stands, as read; see {@link AgreementLifecycle}. EXPIRED is never stored: an agreement in force
 * reads as expired once the last academic year of its version in force has ended (31 August).
 */
public enum AgreementStatus {
    DRAFT, SIGNED_BY_HOME, DECLINED_BY_PARTNER, IN_FORCE, EXPIRED, TERMINATED
}
