package org.mobilitydesk.application.review;

/**
 * Generated submitted applications for one call, for tests with many rows and for measuring the list's plan with
 * EXPLAIN ANALYZE (docs: the same statements with :call and :n replaced run in psql). Applicant i submits at
 * 2026-11-01 plus i minutes, ranks up to three of the call's partners and has one document.
 */
final class BulkApplications {

    static final String PROFILES = "insert into applicant_profile (user_subject, username, given_name, family_name, languages, version, created_at, updated_at)"
            + " select 'bulk-' || :call || '-' || g, 'bulk' || g, 'Bulk', 'Applicant ' || g, '[]', 0, now(), now()"
            + " from generate_series(1, :n) g";

    static final String APPLICATIONS = "insert into application (id, call_id, applicant_subject, applicant_name, applicant_email, status,"
            + " receipt_number, submitted_at, profile_snapshot, eligibility, created_at, updated_at)"
            + " select gen_random_uuid(), :call, 'bulk-' || cast(:call as text) || '-' || g, 'Bulk Applicant ' || g, 'bulk' || g || '@example.kg',"
            + " 'SUBMITTED', 'B-' || left(cast(:call as text), 8) || '-' || g, timestamptz '2026-11-01 00:00:00+00' + g * interval '1 minute',"
            + " jsonb_build_object('givenName', 'Bulk', 'familyName', 'Applicant ' || g, 'citizenship', 'KG', 'languages', jsonb_build_array()),"
            + " 'PENDING', now(), now()"
            + " from generate_series(1, :n) g";

    private BulkApplications() {
    }
}
