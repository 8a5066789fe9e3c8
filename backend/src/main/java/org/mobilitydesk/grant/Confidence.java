package org.mobilitydesk.grant;

/** How sure the rate table is of a value: seen in a published source for the call year, consistent with such figures, or not known. */
public enum Confidence {
    CONFIRMED, PROBABLE, UNKNOWN
}
