package org.mobilitydesk.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mobilitydesk.applicant.ProfileView;

/** What one row of the export is made of: an application as read from the database, partners already named. */
record ExportRecord(String receiptNumber, Instant submittedAt, String status, String eligibility, String eligibilityReason,
        String applicantName, String applicantEmail, ProfileView profile, List<String> preferences, LocalDate plannedStart,
        LocalDate plannedEnd, int documentCount, String note) {
}
