package org.mobilitydesk.application;

/** Where an application stands: a draft until submitted; withdrawn by the applicant before the deadline. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
