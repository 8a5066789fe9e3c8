package org.mobilitydesk.call;

/** What a coordinator can do to a call. */
public enum CallAction {
    /** Change the call; once published only with a reason, which the change log keeps. */
    EDIT,
    PUBLISH,
    DELETE
}
