package org.mobilitydesk.call;

/** The file formats an applicant may upload; recognised by content, not by name. */
public enum DocumentFormat {
    PDF, JPEG, PNG
}
