-- Competitive selection, slice 6 (issue 12): the competition commission's decision adopts one allocation run of a
-- closed call; it locks the scores until it is reopened with a reason. Every decision and reopening is kept.

CREATE TABLE commission_decision (
    id              uuid          PRIMARY KEY,
    call_id         uuid          NOT NULL,
    run_id          uuid          NOT NULL,
    meeting_date    date          NOT NULL,
    members         jsonb         NOT NULL,
    remarks         varchar(4000),
    decided_by      varchar(255)  NOT NULL,
    decided_by_name varchar(255)  NOT NULL,
    decided_at      timestamptz   NOT NULL,
    reopened_reason varchar(2000),
    reopened_by     varchar(255),
    reopened_by_name varchar(255),
    reopened_at     timestamptz,
    CONSTRAINT commission_decision_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT commission_decision_run_fk FOREIGN KEY (run_id) REFERENCES selection_run (id),
    CONSTRAINT commission_decision_members_check CHECK (jsonb_typeof(members) = 'array' AND jsonb_array_length(members) > 0),
    CONSTRAINT commission_decision_reopened_check CHECK ((reopened_at IS NULL) = (reopened_reason IS NULL) AND (reopened_at IS NULL) = (reopened_by IS NULL))
);
-- at most one decision in force per call: a second coordinator deciding at the same time is refused
CREATE UNIQUE INDEX commission_decision_in_force_uq ON commission_decision (call_id) WHERE reopened_at IS NULL;
COMMENT ON TABLE commission_decision IS 'A competition commission''s decision on a closed call: it adopts one allocation run. In force until reopened; then kept, with who reopened it, when and why.';
COMMENT ON COLUMN commission_decision.run_id IS 'The allocation run adopted: its ranking, allocation and reserve list are the decision''s.';
COMMENT ON COLUMN commission_decision.meeting_date IS 'The day the commission met.';
COMMENT ON COLUMN commission_decision.members IS 'The names of the commission members present, as entered.';
COMMENT ON COLUMN commission_decision.remarks IS 'The commission''s remarks for the minutes.';
COMMENT ON COLUMN commission_decision.decided_by IS 'Subject of the coordinator who recorded the decision.';
COMMENT ON COLUMN commission_decision.reopened_reason IS 'Why the decision was reopened; absent while it is in force.';

ALTER TABLE selection_event DROP CONSTRAINT selection_event_kind_check;
ALTER TABLE selection_event ADD CONSTRAINT selection_event_kind_check
    CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT', 'SCORED', 'ALLOCATION_RUN', 'DECIDED', 'REOPENED'));
COMMENT ON COLUMN selection_event.kind IS 'PANEL_SET: a coordinator set the panel; DECLARED_NO_CONFLICT, DECLARED_CONFLICT: an evaluator''s declaration; SCORED: an evaluator submitted their evaluation; ALLOCATION_RUN: a coordinator ran the allocation as a preview; DECIDED: the commission''s decision was recorded; REOPENED: it was reopened.';
COMMENT ON COLUMN selection_event.detail IS 'What changed: for PANEL_SET the mode, minimum, threshold, members added and removed and the assignments; for a declaration its note (and, for a conflict after scoring, the status of the evaluation it discarded); for SCORED the scores submitted; for ALLOCATION_RUN the run''s id and its counts; for DECIDED the decision''s id, run, date and members; for REOPENED the decision''s id and the reason.';
