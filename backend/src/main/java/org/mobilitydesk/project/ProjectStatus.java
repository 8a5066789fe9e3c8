package org.mobilitydesk.project;

/** Where a KA171 project stands: before its start, running, reporting, closed. */
public enum ProjectStatus {
    PLANNED, ONGOING, FINAL_REPORT, CLOSED
}
