package org.mobilitydesk.call;

/** Who among the staff a staff call is open to. */
public enum StaffCategory {
    ACADEMIC, ADMINISTRATIVE, TECHNICAL, MANAGEMENT
}
