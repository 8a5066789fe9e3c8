-- Competitive selection, slice 2 (issue 12): the people known from their sign-in, each call's evaluation panel, the
-- applications assigned to its evaluators, their conflict-of-interest declarations and the call's selection audit trail.

CREATE TABLE app_user (
    subject       varchar(255) NOT NULL,
    username      varchar(255) NOT NULL,
    display_name  varchar(401) NOT NULL,
    email         varchar(320),
    roles         text[]       NOT NULL DEFAULT '{}',
    search_text   text GENERATED ALWAYS AS (md_unaccent(display_name || ' ' || username || ' ' || coalesce(email, ''))) STORED,
    first_seen_at timestamptz  NOT NULL,
    last_seen_at  timestamptz  NOT NULL,
    CONSTRAINT app_user_pk PRIMARY KEY (subject),
    CONSTRAINT app_user_roles_check CHECK (roles <@ ARRAY['applicant', 'coordinator', 'evaluator', 'partner', 'admin']::text[]),
    CONSTRAINT app_user_seen_check CHECK (last_seen_at >= first_seen_at)
);
CREATE INDEX app_user_roles_idx ON app_user USING gin (roles);
CREATE INDEX app_user_search_idx ON app_user USING gin (search_text gin_trgm_ops);
CREATE INDEX app_user_name_idx ON app_user (lower(display_name), subject);
COMMENT ON TABLE app_user IS 'A person known from signing in (GET /api/v1/me): who they are as their last token said, so that coordinators can pick evaluators by name. Partner systems (client credentials) are not recorded.';
COMMENT ON COLUMN app_user.subject IS 'The identity provider''s subject (token claim sub); stays when the user name or e-mail changes.';
COMMENT ON COLUMN app_user.username IS 'The login name (claim preferred_username) at the last sign-in.';
COMMENT ON COLUMN app_user.display_name IS 'The full name (claim name, else given and family name, else the user name) at the last sign-in.';
COMMENT ON COLUMN app_user.email IS 'The e-mail (claim email) at the last sign-in; absent when the token has none.';
COMMENT ON COLUMN app_user.roles IS 'The realm roles of the application (org.mobilitydesk.common.Roles) the last token carried; other roles of the identity provider are left out.';
COMMENT ON COLUMN app_user.search_text IS 'Name, user name and e-mail normalised by md_unaccent, for the users search.';
COMMENT ON COLUMN app_user.first_seen_at IS 'When the person was first recorded.';
COMMENT ON COLUMN app_user.last_seen_at IS 'When the person last signed in (last called GET /api/v1/me).';

CREATE TABLE evaluation_panel (
    call_id                uuid          NOT NULL,
    min_evaluations        integer       NOT NULL DEFAULT 2,
    disagreement_threshold numeric(3, 2) NOT NULL DEFAULT 0.30,
    assignment_mode        varchar(10)   NOT NULL DEFAULT 'ALL',
    version                integer       NOT NULL DEFAULT 1,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(100)  NOT NULL,
    CONSTRAINT evaluation_panel_pk PRIMARY KEY (call_id),
    CONSTRAINT evaluation_panel_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT evaluation_panel_min_check CHECK (min_evaluations BETWEEN 1 AND 10),
    CONSTRAINT evaluation_panel_threshold_check CHECK (disagreement_threshold > 0 AND disagreement_threshold <= 1),
    CONSTRAINT evaluation_panel_mode_check CHECK (assignment_mode IN ('ALL', 'CHOSEN'))
);
COMMENT ON TABLE evaluation_panel IS 'The evaluation panel of a call, set by a coordinator while the call is published or closed; a call without a row has no panel yet.';
COMMENT ON COLUMN evaluation_panel.call_id IS 'The call the panel evaluates.';
COMMENT ON COLUMN evaluation_panel.min_evaluations IS 'How many evaluators (without a conflict of interest) each eligible application needs, 1 to 10.';
COMMENT ON COLUMN evaluation_panel.disagreement_threshold IS 'For the scoring slice: the spread of evaluators'' scores, as a share of the maximum, from which an application is flagged for discussion.';
COMMENT ON COLUMN evaluation_panel.assignment_mode IS 'ALL: every member evaluates every eligible application; CHOSEN: only the applications of panel_assignment.';
COMMENT ON COLUMN evaluation_panel.version IS 'Optimistic lock: a change naming another version is refused (409); a call without a panel is at version 0.';
COMMENT ON COLUMN evaluation_panel.updated_at IS 'When the panel was last set.';
COMMENT ON COLUMN evaluation_panel.updated_by IS 'The coordinator who last set the panel.';

CREATE TABLE panel_member (
    call_id           uuid         NOT NULL,
    evaluator_subject varchar(255) NOT NULL,
    added_at          timestamptz  NOT NULL,
    added_by          varchar(100) NOT NULL,
    CONSTRAINT panel_member_pk PRIMARY KEY (call_id, evaluator_subject),
    CONSTRAINT panel_member_panel_fk FOREIGN KEY (call_id) REFERENCES evaluation_panel (call_id),
    CONSTRAINT panel_member_user_fk FOREIGN KEY (evaluator_subject) REFERENCES app_user (subject)
);
CREATE INDEX panel_member_evaluator_idx ON panel_member (evaluator_subject);
COMMENT ON TABLE panel_member IS 'An evaluator on a call''s panel: a known user with the evaluator role when added.';
COMMENT ON COLUMN panel_member.call_id IS 'The call whose panel the evaluator is on.';
COMMENT ON COLUMN panel_member.evaluator_subject IS 'The evaluator''s subject (app_user).';
COMMENT ON COLUMN panel_member.added_at IS 'When the evaluator joined the panel (kept while they stay on it).';
COMMENT ON COLUMN panel_member.added_by IS 'The coordinator who added the evaluator.';

CREATE TABLE panel_assignment (
    call_id           uuid         NOT NULL,
    application_id    uuid         NOT NULL,
    evaluator_subject varchar(255) NOT NULL,
    CONSTRAINT panel_assignment_pk PRIMARY KEY (call_id, evaluator_subject, application_id),
    CONSTRAINT panel_assignment_member_fk FOREIGN KEY (call_id, evaluator_subject) REFERENCES panel_member (call_id, evaluator_subject)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT panel_assignment_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX panel_assignment_application_idx ON panel_assignment (application_id);
COMMENT ON TABLE panel_assignment IS 'In CHOSEN mode only: which eligible applications of the call a member evaluates. Empty in ALL mode.';
COMMENT ON COLUMN panel_assignment.call_id IS 'The call of the panel (and of the application).';
COMMENT ON COLUMN panel_assignment.application_id IS 'A submitted, eligible application of the call when assigned.';
COMMENT ON COLUMN panel_assignment.evaluator_subject IS 'The member who evaluates it.';

CREATE TABLE conflict_declaration (
    application_id    uuid          NOT NULL,
    evaluator_subject varchar(255)  NOT NULL,
    call_id           uuid          NOT NULL,
    conflict          boolean       NOT NULL,
    note              varchar(1000),
    declared_at       timestamptz   NOT NULL,
    CONSTRAINT conflict_declaration_pk PRIMARY KEY (application_id, evaluator_subject),
    CONSTRAINT conflict_declaration_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT conflict_declaration_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT conflict_declaration_user_fk FOREIGN KEY (evaluator_subject) REFERENCES app_user (subject),
    CONSTRAINT conflict_declaration_note_check CHECK (NOT conflict OR note IS NOT NULL)
);
CREATE INDEX conflict_declaration_call_idx ON conflict_declaration (call_id, evaluator_subject);
COMMENT ON TABLE conflict_declaration IS 'An evaluator''s current declaration of interest for one application, made before they see its content. "No conflict" may later become "conflict", never the reverse; every declaration is also in selection_event.';
COMMENT ON COLUMN conflict_declaration.application_id IS 'The application declared for.';
COMMENT ON COLUMN conflict_declaration.evaluator_subject IS 'The evaluator who declared (app_user).';
COMMENT ON COLUMN conflict_declaration.call_id IS 'The application''s call, for the panel''s coverage.';
COMMENT ON COLUMN conflict_declaration.conflict IS 'true: a conflict of interest, the evaluator does not evaluate the application; false: no conflict, the content is shown.';
COMMENT ON COLUMN conflict_declaration.note IS 'For a conflict: what it is (required, at most 1000 characters); the coordinators read it.';
COMMENT ON COLUMN conflict_declaration.declared_at IS 'When the current declaration was made.';

CREATE TABLE selection_event (
    id             bigint        GENERATED ALWAYS AS IDENTITY,
    call_id        uuid          NOT NULL,
    application_id uuid,
    actor          varchar(255)  NOT NULL,
    kind           varchar(30)   NOT NULL,
    detail         jsonb         NOT NULL DEFAULT '{}',
    at             timestamptz   NOT NULL,
    CONSTRAINT selection_event_pk PRIMARY KEY (id),
    CONSTRAINT selection_event_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT selection_event_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT selection_event_kind_check CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT'))
);
CREATE INDEX selection_event_call_idx ON selection_event (call_id, id);
COMMENT ON TABLE selection_event IS 'Append-only audit trail of a call''s selection: panel changes and every conflict-of-interest declaration (later: scores, runs, decisions).';
COMMENT ON COLUMN selection_event.call_id IS 'The call whose selection it is.';
COMMENT ON COLUMN selection_event.application_id IS 'The application concerned, for events about one application (declarations).';
COMMENT ON COLUMN selection_event.actor IS 'The token subject of who acted.';
COMMENT ON COLUMN selection_event.kind IS 'PANEL_SET: a coordinator set the panel; DECLARED_NO_CONFLICT, DECLARED_CONFLICT: an evaluator''s declaration.';
COMMENT ON COLUMN selection_event.detail IS 'What changed: for PANEL_SET the mode, minimum, threshold, members added and removed and the assignments; for a declaration its note.';
COMMENT ON COLUMN selection_event.at IS 'When it happened.';
CREATE TRIGGER selection_event_append_only BEFORE UPDATE OR DELETE ON selection_event
    FOR EACH ROW EXECUTE FUNCTION md_refuse_change();
