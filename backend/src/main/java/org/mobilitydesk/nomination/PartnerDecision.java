package org.mobilitydesk.nomination;

/** What the receiving institution decides on a nomination. */
public enum PartnerDecision {
    ACCEPTED, REJECTED
}
