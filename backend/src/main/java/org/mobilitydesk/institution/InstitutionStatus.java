package org.mobilitydesk.institution;

public enum InstitutionStatus {
    ACTIVE, ARCHIVED
}
