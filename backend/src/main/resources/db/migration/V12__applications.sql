-- Applications to mobility calls (issue 4, applicant portal and coordinator review): one per person and call, with
-- ranked partner preferences, the planned period, a motivation, uploaded documents kept in the database, the applicant's
-- profile as it was at submission, the coordinator's eligibility decision and private note, and an append-only timeline.

ALTER TABLE applicant_profile ADD COLUMN staff_category varchar(20)
    CONSTRAINT applicant_profile_staff_category_check CHECK (staff_category IN ('ACADEMIC', 'ADMINISTRATIVE', 'TECHNICAL', 'MANAGEMENT'));
COMMENT ON COLUMN applicant_profile.staff_category IS 'Staff: the category staff calls are open to (org.mobilitydesk.call.StaffCategory).';

CREATE SEQUENCE application_receipt_seq;

CREATE TABLE application (
    id                     uuid          NOT NULL,
    call_id                uuid          NOT NULL,
    applicant_subject      varchar(255)  NOT NULL,
    applicant_name         varchar(401)  NOT NULL,
    applicant_email        varchar(320),
    status                 varchar(20)   NOT NULL DEFAULT 'DRAFT',
    planned_start          date,
    planned_end            date,
    motivation             varchar(10000),
    receipt_number         varchar(30),
    submitted_at           timestamptz,
    withdrawn_at           timestamptz,
    profile_snapshot       jsonb,
    eligibility            varchar(20)   NOT NULL DEFAULT 'PENDING',
    eligibility_reason     varchar(2000),
    eligibility_decided_at timestamptz,
    eligibility_decided_by varchar(100),
    coordinator_note       varchar(10000),
    search_text            text GENERATED ALWAYS AS (
                               md_unaccent(applicant_name || ' ' || coalesce(applicant_email, '') || ' ' || coalesce(receipt_number, ''))
                           ) STORED,
    version                integer       NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT application_applicant_fk FOREIGN KEY (applicant_subject) REFERENCES applicant_profile (user_subject),
    CONSTRAINT application_once_per_call_key UNIQUE (call_id, applicant_subject),
    CONSTRAINT application_receipt_key UNIQUE (receipt_number),
    CONSTRAINT application_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT application_submitted_check CHECK ((submitted_at IS NULL) = (receipt_number IS NULL)
                                                  AND (submitted_at IS NULL) = (profile_snapshot IS NULL)
                                                  AND (status <> 'SUBMITTED' OR submitted_at IS NOT NULL)),
    CONSTRAINT application_withdrawn_check CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
    CONSTRAINT application_period_check CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CONSTRAINT application_eligibility_check CHECK (eligibility IN ('PENDING', 'ELIGIBLE', 'INELIGIBLE')),
    CONSTRAINT application_eligibility_decided_check CHECK ((eligibility = 'PENDING') = (eligibility_decided_at IS NULL)
                                                            AND (eligibility <> 'INELIGIBLE' OR eligibility_reason IS NOT NULL))
);
CREATE INDEX application_call_status_idx ON application (call_id, status, submitted_at, id);
CREATE INDEX application_applicant_idx ON application (applicant_subject);
-- the coordinators' list: submitted applications of a call in submission or name order, without sorting them all
CREATE INDEX application_submitted_idx ON application (call_id, submitted_at, id) WHERE submitted_at IS NOT NULL;
CREATE INDEX application_name_idx ON application (call_id, lower(applicant_name), id) WHERE submitted_at IS NOT NULL;
CREATE INDEX application_search_idx ON application USING gin (search_text gin_trgm_ops);
COMMENT ON TABLE application IS 'A person''s application to a call: one per person and call; DRAFT until submitted, WITHDRAWN by the applicant before the deadline.';
COMMENT ON COLUMN application.applicant_name IS 'Given and family name from the profile, refreshed while a draft is saved and at submission (for the coordinator''s list and search).';
COMMENT ON COLUMN application.receipt_number IS 'Human-readable number given at submission and sent in the e-mail receipt.';
COMMENT ON COLUMN application.profile_snapshot IS 'The applicant''s profile as it was at submission (org.mobilitydesk.applicant.ProfileView): later profile changes do not change a submitted application.';
COMMENT ON COLUMN application.eligibility IS 'The coordinator''s eligibility decision: PENDING until decided; INELIGIBLE needs a reason, which the applicant reads.';
COMMENT ON COLUMN application.coordinator_note IS 'Coordinators'' private note: never shown to the applicant.';
COMMENT ON COLUMN application.version IS 'Optimistic lock: a change naming another version is refused (409).';

CREATE TABLE application_preference (
    application_id         uuid    NOT NULL,
    rank                   integer NOT NULL,
    partner_institution_id uuid    NOT NULL,
    CONSTRAINT application_preference_pk PRIMARY KEY (application_id, rank),
    CONSTRAINT application_preference_application_fk FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT application_preference_partner_fk FOREIGN KEY (partner_institution_id) REFERENCES institution (id),
    CONSTRAINT application_preference_partner_key UNIQUE (application_id, partner_institution_id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT application_preference_rank_check CHECK (rank BETWEEN 1 AND 3)
);
CREATE INDEX application_preference_partner_idx ON application_preference (partner_institution_id, application_id);
COMMENT ON TABLE application_preference IS 'The partners an applicant ranks, 1 = first choice; among the call''s partners, at most the call''s maxPreferences.';

CREATE TABLE application_document (
    id             uuid          NOT NULL,
    application_id uuid          NOT NULL,
    document_type  varchar(30)   NOT NULL,
    other_label    varchar(200)  NOT NULL DEFAULT '',
    file_name      varchar(255)  NOT NULL,
    content_type   varchar(50)   NOT NULL,
    size_bytes     bigint        NOT NULL,
    sha256         char(64)      NOT NULL,
    content        bytea         NOT NULL,
    uploaded_at    timestamptz   NOT NULL,
    CONSTRAINT application_document_pk PRIMARY KEY (id),
    CONSTRAINT application_document_application_fk FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT application_document_requirement_key UNIQUE (application_id, document_type, other_label),
    CONSTRAINT application_document_content_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT application_document_size_check CHECK (size_bytes > 0 AND size_bytes = octet_length(content)),
    CONSTRAINT application_document_sha_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
ALTER TABLE application_document ALTER COLUMN content SET STORAGE EXTERNAL;
COMMENT ON TABLE application_document IS 'A file an applicant uploaded for one of the call''s required documents; a new upload for the same requirement replaces it.';
COMMENT ON COLUMN application_document.other_label IS 'For document type OTHER: the English label of the call''s requirement; empty otherwise.';
COMMENT ON COLUMN application_document.content_type IS 'Recognised from the content (magic bytes), never from the file name or the declared type.';
COMMENT ON COLUMN application_document.content IS 'The file itself; stored uncompressed out of line (PDF, JPEG and PNG are compressed already).';

CREATE TABLE application_event (
    id             bigint        GENERATED ALWAYS AS IDENTITY,
    application_id uuid          NOT NULL,
    at             timestamptz   NOT NULL,
    actor          varchar(100)  NOT NULL,
    kind           varchar(30)   NOT NULL,
    detail         varchar(2000),
    decision       varchar(20),
    CONSTRAINT application_event_pk PRIMARY KEY (id),
    CONSTRAINT application_event_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT application_event_kind_check CHECK (kind IN ('CREATED', 'SUBMITTED', 'WITHDRAWN', 'ELIGIBILITY_DECIDED', 'CALL_CHANGED')),
    CONSTRAINT application_event_decision_check CHECK (decision IN ('PENDING', 'ELIGIBLE', 'INELIGIBLE')),
    CONSTRAINT application_event_decided_check CHECK ((kind = 'ELIGIBILITY_DECIDED') = (decision IS NOT NULL))
);
CREATE INDEX application_event_application_idx ON application_event (application_id, id);
COMMENT ON TABLE application_event IS 'Append-only timeline of an application as the applicant sees it: created, submitted, withdrawn, eligibility decided (with the reason), the call changed after publication (with the coordinator''s reason).';
COMMENT ON COLUMN application_event.decision IS 'For ELIGIBILITY_DECIDED: the decision taken (PENDING when a decision was taken back).';
CREATE TRIGGER application_event_append_only BEFORE UPDATE OR DELETE ON application_event
    FOR EACH ROW EXECUTE FUNCTION md_refuse_change();
