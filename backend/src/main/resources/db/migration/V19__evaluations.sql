-- Competitive selection, slice 4 (issue 12): evaluators score the applications assigned to them, blind until they
-- submitted their own evaluation; submissions go into the call's selection trail.

CREATE TABLE evaluation (
    application_id    uuid         NOT NULL,
    evaluator_subject varchar(255) NOT NULL,
    call_id           uuid         NOT NULL,
    status            varchar(10)  NOT NULL DEFAULT 'DRAFT',
    scores            jsonb        NOT NULL DEFAULT '[]'::jsonb,
    submitted_at      timestamptz,
    version           integer      NOT NULL DEFAULT 1,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT evaluation_pk PRIMARY KEY (application_id, evaluator_subject),
    CONSTRAINT evaluation_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT evaluation_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT evaluation_user_fk FOREIGN KEY (evaluator_subject) REFERENCES app_user (subject),
    CONSTRAINT evaluation_status_check CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT evaluation_submitted_check CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
    CONSTRAINT evaluation_scores_check CHECK (jsonb_typeof(scores) = 'array')
);
CREATE INDEX evaluation_call_idx ON evaluation (call_id, application_id);
COMMENT ON TABLE evaluation IS 'One evaluator''s scores for one application assigned to them, after declaring no conflict of interest: a draft until submitted, fixed after. Deleted when the evaluator later declares a conflict (the submission stays in selection_event).';
COMMENT ON COLUMN evaluation.application_id IS 'The application scored.';
COMMENT ON COLUMN evaluation.evaluator_subject IS 'The evaluator (app_user) who scores.';
COMMENT ON COLUMN evaluation.call_id IS 'The application''s call, to read a call''s scores at once.';
COMMENT ON COLUMN evaluation.status IS 'DRAFT: saved, counted nowhere; SUBMITTED: counted in the application''s means, no longer changed.';
COMMENT ON COLUMN evaluation.scores IS 'List of {criterion, score, comment}: criterion is the index of an EVALUATOR-kind criterion in the call''s criteria (stable: they cannot change after the deadline), score 0..its maxScore, comment at most 2000 characters or absent. A draft may lack criteria; a submission has them all.';
COMMENT ON COLUMN evaluation.submitted_at IS 'When the evaluator submitted; absent for a draft.';
COMMENT ON COLUMN evaluation.version IS 'Optimistic lock: a save or submission naming another version is refused (409).';
COMMENT ON COLUMN evaluation.updated_at IS 'When the evaluation was last saved or submitted.';

ALTER TABLE selection_event DROP CONSTRAINT selection_event_kind_check;
ALTER TABLE selection_event ADD CONSTRAINT selection_event_kind_check
    CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT', 'SCORED'));
COMMENT ON COLUMN selection_event.kind IS 'PANEL_SET: a coordinator set the panel; DECLARED_NO_CONFLICT, DECLARED_CONFLICT: an evaluator''s declaration; SCORED: an evaluator submitted their evaluation.';
COMMENT ON COLUMN selection_event.detail IS 'What changed: for PANEL_SET the mode, minimum, threshold, members added and removed and the assignments; for a declaration its note (and, for a conflict after scoring, the status of the evaluation it discarded); for SCORED the scores submitted.';
