package org.mobilitydesk.grant;

/** A value that an English explanation shows as words rather than as its code. */
interface Described {
    String english();
}
