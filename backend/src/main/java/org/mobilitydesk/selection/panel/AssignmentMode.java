package org.mobilitydesk.selection.panel;

/** Who evaluates what: ALL, every member every eligible application; CHOSEN, the applications the coordinator assigned. */
public enum AssignmentMode {
    ALL, CHOSEN
}
