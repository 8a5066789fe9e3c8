package org.mobilitydesk.agreement;

/**
 * Where an amendment of an agreement in force stands: the new conditions go through the same negotiation as a first
 * version (draft, signed by the home institution, declined by the partner) while the approved version stays in force.
 */
public enum AmendmentStatus {
    DRAFT, SIGNED_BY_HOME, DECLINED_BY_PARTNER
}
