package org.mobilitydesk.nomination;

/** Outgoing: the home institution nominates to a partner. Incoming: a partner nominates to the home institution (a later slice). */
public enum NominationDirection {
    OUTGOING, INCOMING
}
