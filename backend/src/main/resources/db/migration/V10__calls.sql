-- Mobility calls (issue 4): the home institution's competitions for places in outgoing mobility, with places per
-- partner institution, eligibility, required documents, selection criteria and the opening and deadline instants.
-- Only DRAFT and PUBLISHED are stored: a published call is closed from its deadline on, which the application derives
-- from the clock when it reads (org.mobilitydesk.call.CallLifecycle). Published calls keep an append-only change log.

CREATE TABLE mobility_call (
    id              uuid          NOT NULL,
    status          varchar(20)   NOT NULL DEFAULT 'DRAFT',
    title           jsonb         NOT NULL,
    description     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    mobility_type   varchar(30)   NOT NULL,
    direction       varchar(10)   NOT NULL,
    academic_year   varchar(9)    NOT NULL,
    project_id      uuid,
    eligibility     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    documents       jsonb         NOT NULL DEFAULT '[]'::jsonb,
    criteria        jsonb         NOT NULL DEFAULT '[]'::jsonb,
    max_preferences integer       NOT NULL,
    opens_at        timestamptz   NOT NULL,
    deadline        timestamptz   NOT NULL,
    published_at    timestamptz,
    published_by    varchar(100),
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL,
    CONSTRAINT mobility_call_pk PRIMARY KEY (id),
    CONSTRAINT mobility_call_year_fk FOREIGN KEY (academic_year) REFERENCES academic_year (code),
    CONSTRAINT mobility_call_project_fk FOREIGN KEY (project_id) REFERENCES ka171_project (id),
    CONSTRAINT mobility_call_status_check CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT mobility_call_published_check CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    CONSTRAINT mobility_call_type_check CHECK (mobility_type IN ('STUDENT_STUDIES', 'STUDENT_TRAINEESHIP', 'SHORT_TERM_BLENDED',
                                                                 'SHORT_TERM_DOCTORAL', 'STAFF_TEACHING', 'STAFF_TRAINING')),
    CONSTRAINT mobility_call_direction_check CHECK (direction IN ('OUTGOING')),
    CONSTRAINT mobility_call_title_check CHECK (title ? 'en'),
    CONSTRAINT mobility_call_preferences_check CHECK (max_preferences BETWEEN 1 AND 3),
    CONSTRAINT mobility_call_deadline_check CHECK (deadline > opens_at)
);
CREATE INDEX mobility_call_status_deadline_idx ON mobility_call (status, deadline);
CREATE INDEX mobility_call_year_idx ON mobility_call (academic_year);
CREATE INDEX mobility_call_project_idx ON mobility_call (project_id);
COMMENT ON TABLE mobility_call IS 'A mobility call of the home institution; CLOSED is not stored but follows from deadline.';
COMMENT ON COLUMN mobility_call.title IS 'Title by language code (en required; ru, ky, kk optional).';
COMMENT ON COLUMN mobility_call.description IS 'Description by language code, as title.';
COMMENT ON COLUMN mobility_call.eligibility IS 'org.mobilitydesk.call.CallParts.Eligibility: eqfLevels, minimumYearOfStudy, minimumGrade {value, scaleMax}, languages [{language, cefrLevel}], staffCategories.';
COMMENT ON COLUMN mobility_call.documents IS 'List of org.mobilitydesk.call.CallParts.RequiredDocument: type, label, mandatory, formats, maxSizeBytes.';
COMMENT ON COLUMN mobility_call.criteria IS 'List of org.mobilitydesk.call.CallParts.Criterion: name by language, weight (they add up to 100), maxScore.';
COMMENT ON COLUMN mobility_call.deadline IS 'The first instant at which applications are no longer accepted.';
COMMENT ON COLUMN mobility_call.version IS 'Optimistic lock: a change naming another version is refused (409).';

CREATE TABLE mobility_call_place (
    call_id                uuid          NOT NULL,
    position               integer       NOT NULL,
    partner_institution_id uuid          NOT NULL,
    places                 integer       NOT NULL,
    override_reason        varchar(2000),
    CONSTRAINT mobility_call_place_pk PRIMARY KEY (call_id, position),
    CONSTRAINT mobility_call_place_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id) ON DELETE CASCADE,
    CONSTRAINT mobility_call_place_partner_fk FOREIGN KEY (partner_institution_id) REFERENCES institution (id),
    CONSTRAINT mobility_call_place_partner_key UNIQUE (call_id, partner_institution_id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT mobility_call_place_places_check CHECK (places BETWEEN 1 AND 1000)
);
CREATE INDEX mobility_call_place_partner_idx ON mobility_call_place (partner_institution_id);
COMMENT ON TABLE mobility_call_place IS 'The places a call offers at one partner institution, in the order the coordinator gave.';
COMMENT ON COLUMN mobility_call_place.override_reason IS 'Why more places are offered than the agreements in force provide for (or without such an agreement); internal.';

CREATE TABLE mobility_call_change (
    id             bigint        GENERATED ALWAYS AS IDENTITY,
    call_id        uuid          NOT NULL,
    at             timestamptz   NOT NULL,
    actor          varchar(100)  NOT NULL,
    action         varchar(10)   NOT NULL,
    reason         varchar(2000),
    changed_fields varchar(40)[] NOT NULL,
    content        jsonb         NOT NULL,
    CONSTRAINT mobility_call_change_pk PRIMARY KEY (id),
    CONSTRAINT mobility_call_change_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT mobility_call_change_action_check CHECK (action IN ('PUBLISH', 'EDIT')),
    CONSTRAINT mobility_call_change_reason_check CHECK (action <> 'EDIT' OR reason IS NOT NULL)
);
CREATE INDEX mobility_call_change_call_idx ON mobility_call_change (call_id, id);
COMMENT ON TABLE mobility_call_change IS 'Append-only log of a call from its publication on: who published or changed it, when, why and which parts. Drafts have none, so they can be deleted.';
COMMENT ON COLUMN mobility_call_change.changed_fields IS 'The parts of the call that changed (names of org.mobilitydesk.call.CallContent); empty for PUBLISH.';
COMMENT ON COLUMN mobility_call_change.content IS 'The call as it was after this entry (org.mobilitydesk.call.CallContent).';
CREATE TRIGGER mobility_call_change_append_only BEFORE UPDATE OR DELETE ON mobility_call_change
    FOR EACH ROW EXECUTE FUNCTION md_refuse_change();
