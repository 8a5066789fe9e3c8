package org.mobilitydesk.application;

/** What happened to an application, as its timeline shows it. */
public enum ApplicationEventKind {
    CREATED, SUBMITTED, WITHDRAWN, ELIGIBILITY_DECIDED, CALL_CHANGED
}
