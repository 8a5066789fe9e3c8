package org.mobilitydesk.call;

/** Who a call is for: outgoing calls select the home institution's students and staff. Incoming calls come later. */
public enum CallDirection {
    OUTGOING
}
