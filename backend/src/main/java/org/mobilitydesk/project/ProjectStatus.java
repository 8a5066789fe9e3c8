package org.mobilitydesk.project;

import java.time.LocalDate;

/**
 * Where a KA171 project stands: before its start, running, ended (its end date passed, the final report is due),
 * reporting, closed. PLANNED, ONGOING and ENDED follow from the dates when read ({@link #effective}), never stored by a
 * job; FINAL_REPORT and CLOSED are the stages the coordinator records.
 */
public enum ProjectStatus {
    PLANNED, ONGOING, ENDED, FINAL_REPORT, CLOSED;

    /** The status as read on that day: a project the coordinator has not moved on to reporting follows its dates. */
    public static ProjectStatus effective(ProjectStatus stored, LocalDate start, LocalDate end, LocalDate today) {
        if (stored == FINAL_REPORT || stored == CLOSED) {
            return stored;
        }
        return today.isBefore(start) ? PLANNED : today.isAfter(end) ? ENDED : ONGOING;
    }

    /** Whether the coordinator records it; the others are read from the dates. */
    public boolean recorded() {
        return this == FINAL_REPORT || this == CLOSED;
    }
}
