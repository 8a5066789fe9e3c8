-- Competitive selection, slice 5 (issue 12): coordinators run the allocation as a preview as often as needed; each run
-- stores its inputs, the rules' version and every candidate's outcome with its explanation, so it can be reproduced,
-- paged through and, later, adopted by the commission's decision.

CREATE TABLE selection_run (
    id                 uuid         PRIMARY KEY,
    call_id            uuid         NOT NULL,
    rules_version      varchar(10)  NOT NULL,
    input              jsonb        NOT NULL,
    input_hash         varchar(64)  NOT NULL,
    tie_breaks         jsonb        NOT NULL,
    heaviest_criterion integer      NOT NULL,
    fewer_opportunities_first boolean NOT NULL,
    minimum_total      numeric(5, 2),
    partners           jsonb        NOT NULL,
    ranked_count       integer      NOT NULL,
    placed_count       integer      NOT NULL,
    reserve_count      integer      NOT NULL,
    not_selected_count integer      NOT NULL,
    incomplete_count   integer      NOT NULL,
    created_by         varchar(255) NOT NULL,
    created_by_name    varchar(255) NOT NULL,
    created_at         timestamptz  NOT NULL,
    CONSTRAINT selection_run_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id)
);
CREATE INDEX selection_run_call_idx ON selection_run (call_id, created_at DESC);
COMMENT ON TABLE selection_run IS 'One run of a call''s ranking and allocation (a preview until a commission decision adopts it): never changed after it is stored.';
COMMENT ON COLUMN selection_run.rules_version IS 'The version of the allocation rules (Allocation.RULES_VERSION) that computed it; a run of another version is not recomputed.';
COMMENT ON COLUMN selection_run.input IS 'Everything the run read: criteria, places per partner, ranking rules and each candidate''s preferences, submission time and exact scores.';
COMMENT ON COLUMN selection_run.input_hash IS 'SHA-256 of input, hex: equal inputs give equal hashes, so a run can be told current or out of date.';
COMMENT ON COLUMN selection_run.tie_breaks IS 'The ranking rules applied after the total, in order.';
COMMENT ON COLUMN selection_run.heaviest_criterion IS 'Index of the call''s criterion the HEAVIEST_CRITERION tie-break reads.';
COMMENT ON COLUMN selection_run.minimum_total IS 'The call''s minimum total when it ran; absent for none.';
COMMENT ON COLUMN selection_run.partners IS 'Per partner: {partnerId, places, placed: [application ids in rank order]}.';
COMMENT ON COLUMN selection_run.created_by IS 'Subject of the coordinator who ran it.';

CREATE TABLE selection_outcome (
    run_id           uuid        NOT NULL,
    position         integer     NOT NULL,
    application_id   uuid        NOT NULL,
    status           varchar(12) NOT NULL,
    rank             integer,
    total            numeric(5, 2),
    partner_id       uuid,
    preference       integer,
    reserve_position integer,
    decided_by       varchar(30),
    scores           jsonb       NOT NULL,
    explanation      jsonb       NOT NULL,
    CONSTRAINT selection_outcome_pk PRIMARY KEY (run_id, position),
    CONSTRAINT selection_outcome_application_uq UNIQUE (run_id, application_id),
    CONSTRAINT selection_outcome_run_fk FOREIGN KEY (run_id) REFERENCES selection_run (id) ON DELETE CASCADE,
    CONSTRAINT selection_outcome_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT selection_outcome_status_check CHECK (status IN ('PLACED', 'RESERVE', 'NOT_SELECTED', 'INCOMPLETE', 'DECLINED'))
);
CREATE INDEX selection_outcome_status_idx ON selection_outcome (run_id, status, position);
COMMENT ON TABLE selection_outcome IS 'One candidate''s outcome in a selection run, in the run''s order: ranked ones by rank, then the unranked ones.';
COMMENT ON COLUMN selection_outcome.position IS '1-based place in the run''s order.';
COMMENT ON COLUMN selection_outcome.rank IS 'Rank among the complete applications; absent while the scoring is incomplete.';
COMMENT ON COLUMN selection_outcome.total IS 'Total on 0-100, two decimals; absent while the scoring is incomplete.';
COMMENT ON COLUMN selection_outcome.partner_id IS 'The partner where the candidate is placed, with preference (1 = first choice).';
COMMENT ON COLUMN selection_outcome.reserve_position IS 'Position on the reserve list, 1 first.';
COMMENT ON COLUMN selection_outcome.decided_by IS 'The ranking rule that put this candidate above the next rank (TOTAL unless a tie-break decided); absent for the last.';
COMMENT ON COLUMN selection_outcome.scores IS 'Per criterion in the call''s order, the score shown (two decimals), null where evaluations are missing.';
COMMENT ON COLUMN selection_outcome.explanation IS 'The outcome''s explanation as steps {code, args} (StepCode), translated by the reader.';

ALTER TABLE selection_event DROP CONSTRAINT selection_event_kind_check;
ALTER TABLE selection_event ADD CONSTRAINT selection_event_kind_check
    CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT', 'SCORED', 'ALLOCATION_RUN'));
COMMENT ON COLUMN selection_event.kind IS 'PANEL_SET: a coordinator set the panel; DECLARED_NO_CONFLICT, DECLARED_CONFLICT: an evaluator''s declaration; SCORED: an evaluator submitted their evaluation; ALLOCATION_RUN: a coordinator ran the allocation as a preview.';
COMMENT ON COLUMN selection_event.detail IS 'What changed: for PANEL_SET the mode, minimum, threshold, members added and removed and the assignments; for a declaration its note (and, for a conflict after scoring, the status of the evaluation it discarded); for SCORED the scores submitted; for ALLOCATION_RUN the run''s id and its counts.';
