-- Inter-institutional agreements (DOMAIN-KA171 §7): the agreement between the home institution and one partner, every
-- version of its cooperation conditions with the SHA-256 hash of their canonical form
-- (org.mobilitydesk.agreement.CanonicalForm), and an append-only history of what happened to it.
-- The lifecycle is org.mobilitydesk.agreement.AgreementLifecycle.

CREATE TABLE agreement (
    id                          uuid          NOT NULL,
    home_institution_id         uuid          NOT NULL,
    partner_institution_id      uuid          NOT NULL,
    home_side                   jsonb         NOT NULL DEFAULT '{}'::jsonb,
    partner_side                jsonb         NOT NULL DEFAULT '{}'::jsonb,
    first_academic_year         varchar(9)    NOT NULL,
    last_academic_year          varchar(9)    NOT NULL,
    notes                       varchar(4000),
    status                      varchar(20)   NOT NULL DEFAULT 'DRAFT',
    conditions_number           integer       NOT NULL,
    content_hash                varchar(64)   NOT NULL,
    flow_count                  integer       NOT NULL,
    mobility_types              varchar(20)[] NOT NULL DEFAULT '{}',
    signed_hash                 varchar(64),
    approved_number             integer,
    approved_hash               varchar(64),
    termination_date            date,
    termination_reason          varchar(2000),
    termination_override_reason varchar(2000),
    version                     integer       NOT NULL DEFAULT 0,
    created_at                  timestamptz   NOT NULL DEFAULT now(),
    created_by                  varchar(100)  NOT NULL,
    updated_at                  timestamptz   NOT NULL DEFAULT now(),
    updated_by                  varchar(100)  NOT NULL,
    CONSTRAINT agreement_pk PRIMARY KEY (id),
    CONSTRAINT agreement_home_fk FOREIGN KEY (home_institution_id) REFERENCES institution (id),
    CONSTRAINT agreement_partner_fk FOREIGN KEY (partner_institution_id) REFERENCES institution (id),
    CONSTRAINT agreement_first_year_fk FOREIGN KEY (first_academic_year) REFERENCES academic_year (code),
    CONSTRAINT agreement_last_year_fk FOREIGN KEY (last_academic_year) REFERENCES academic_year (code),
    CONSTRAINT agreement_two_institutions_check CHECK (home_institution_id <> partner_institution_id),
    CONSTRAINT agreement_years_check CHECK (first_academic_year <= last_academic_year),
    CONSTRAINT agreement_status_check CHECK (status IN ('DRAFT', 'SIGNED_BY_HOME', 'DECLINED_BY_PARTNER', 'IN_FORCE', 'TERMINATED')),
    CONSTRAINT agreement_hash_check CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT agreement_signed_hash_check CHECK (signed_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT agreement_approved_check CHECK ((approved_number IS NULL) = (approved_hash IS NULL)),
    CONSTRAINT agreement_in_force_check CHECK (status NOT IN ('IN_FORCE', 'TERMINATED') OR approved_hash IS NOT NULL),
    CONSTRAINT agreement_terminated_check CHECK ((status = 'TERMINATED') = (termination_date IS NOT NULL)),
    CONSTRAINT agreement_flow_count_check CHECK (flow_count >= 0)
);
CREATE INDEX agreement_partner_idx ON agreement (partner_institution_id);
CREATE INDEX agreement_status_idx ON agreement (status);
CREATE INDEX agreement_last_year_idx ON agreement (last_academic_year);
CREATE INDEX agreement_mobility_types_idx ON agreement USING gin (mobility_types);
COMMENT ON TABLE agreement IS 'An inter-institutional agreement between the home institution and one partner; the columns from first_academic_year to mobility_types summarise its current conditions version.';
COMMENT ON COLUMN agreement.home_side IS 'The home institution''s side as org.mobilitydesk.agreement.AgreementSide: its own id or code of the agreement (localId), signerName, signerEmail, signingDate, contacts.';
COMMENT ON COLUMN agreement.partner_side IS 'The partner''s side, as home_side.';
COMMENT ON COLUMN agreement.notes IS 'Internal notes of the home institution; never shown to the partner.';
COMMENT ON COLUMN agreement.status IS 'Lifecycle of the current conditions: DRAFT, SIGNED_BY_HOME (awaiting the partner), DECLINED_BY_PARTNER, IN_FORCE (both approved content_hash), TERMINATED.';
COMMENT ON COLUMN agreement.conditions_number IS 'The current version of the conditions (agreement_conditions.number).';
COMMENT ON COLUMN agreement.content_hash IS 'SHA-256 of the canonical form of the current conditions, 64 lower-case hex digits.';
COMMENT ON COLUMN agreement.mobility_types IS 'The distinct mobility types of the current flows, for the list filter.';
COMMENT ON COLUMN agreement.signed_hash IS 'The hash the home institution signed; NULL once the conditions change after signing.';
COMMENT ON COLUMN agreement.approved_number IS 'The last conditions version both partners approved (the snapshot that can be restored); NULL before the first approval.';
COMMENT ON COLUMN agreement.termination_override_reason IS 'Why the one academic year of notice was not kept; NULL when it was.';
COMMENT ON COLUMN agreement.version IS 'Optimistic lock: an update must name the version it read.';

CREATE TABLE agreement_conditions (
    agreement_id uuid          NOT NULL,
    number       integer       NOT NULL,
    conditions   jsonb         NOT NULL,
    content_hash varchar(64)   NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    created_by   varchar(100)  NOT NULL,
    CONSTRAINT agreement_conditions_pk PRIMARY KEY (agreement_id, number),
    CONSTRAINT agreement_conditions_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT agreement_conditions_number_check CHECK (number >= 1),
    CONSTRAINT agreement_conditions_hash_check CHECK (content_hash ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE agreement_conditions IS 'Every version of an agreement''s cooperation conditions, numbered from 1; never changed once written.';
COMMENT ON COLUMN agreement_conditions.conditions IS 'The conditions as org.mobilitydesk.agreement.Conditions: firstAcademicYear, lastAcademicYear, flows.';
COMMENT ON COLUMN agreement_conditions.content_hash IS 'SHA-256 of the canonical form of conditions.';

ALTER TABLE agreement
    ADD CONSTRAINT agreement_current_conditions_fk FOREIGN KEY (id, conditions_number)
        REFERENCES agreement_conditions (agreement_id, number) DEFERRABLE INITIALLY DEFERRED,
    ADD CONSTRAINT agreement_approved_conditions_fk FOREIGN KEY (id, approved_number)
        REFERENCES agreement_conditions (agreement_id, number) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE agreement_transition (
    id                bigint        GENERATED ALWAYS AS IDENTITY,
    agreement_id      uuid          NOT NULL,
    at                timestamptz   NOT NULL,
    actor             varchar(100)  NOT NULL,
    action            varchar(20)   NOT NULL,
    from_status       varchar(20),
    to_status         varchar(20)   NOT NULL,
    conditions_number integer       NOT NULL,
    content_hash      varchar(64)   NOT NULL,
    comment           varchar(2000),
    CONSTRAINT agreement_transition_pk PRIMARY KEY (id),
    CONSTRAINT agreement_transition_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT agreement_transition_action_check CHECK (action IN ('CREATE', 'EDIT', 'EDIT_CONDITIONS', 'SIGN', 'APPROVE', 'DECLINE', 'TERMINATE', 'RESTORE_APPROVED')),
    CONSTRAINT agreement_transition_create_check CHECK ((action = 'CREATE') = (from_status IS NULL))
);
CREATE INDEX agreement_transition_agreement_idx ON agreement_transition (agreement_id, id);
COMMENT ON TABLE agreement_transition IS 'Append-only history of an agreement: who did what, when and why, and which conditions version and hash it concerned.';
COMMENT ON COLUMN agreement_transition.actor IS 'The user name of a coordinator, or the partner client that approved or declined.';
COMMENT ON COLUMN agreement_transition.comment IS 'The reason of a termination or decline, or a note of the action.';

CREATE FUNCTION md_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
CREATE TRIGGER agreement_transition_append_only BEFORE UPDATE OR DELETE ON agreement_transition
    FOR EACH ROW EXECUTE FUNCTION md_refuse_change();
CREATE TRIGGER agreement_conditions_append_only BEFORE UPDATE OR DELETE ON agreement_conditions
    FOR EACH ROW EXECUTE FUNCTION md_refuse_change();
