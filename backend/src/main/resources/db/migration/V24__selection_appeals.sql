-- Competitive selection, slice 8 (issue 12): a candidate may appeal their result within the days the results allow;
-- a coordinator answers each appeal with a recorded decision.

ALTER TABLE selection_results ADD COLUMN appeal_days integer NOT NULL DEFAULT 7;
ALTER TABLE selection_results ADD CONSTRAINT selection_results_appeal_days_check CHECK (appeal_days BETWEEN 0 AND 60);
COMMENT ON COLUMN selection_results.appeal_days IS 'Days after publication in which candidates may appeal, to the end of the last day in the call''s time zone; 0 for no appeals.';

CREATE TABLE selection_appeal (
    id               uuid          PRIMARY KEY,
    call_id          uuid          NOT NULL,
    application_id   uuid          NOT NULL,
    text             varchar(4000) NOT NULL,
    lodged_at        timestamptz   NOT NULL,
    decision         varchar(10),
    answer           varchar(4000),
    answered_by      varchar(255),
    answered_by_name varchar(255),
    answered_at      timestamptz,
    CONSTRAINT selection_appeal_call_fk FOREIGN KEY (call_id) REFERENCES selection_results (call_id),
    CONSTRAINT selection_appeal_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT selection_appeal_decision_check CHECK (decision IN ('UPHELD', 'REJECTED')),
    CONSTRAINT selection_appeal_answered_check CHECK ((decision IS NULL) = (answered_at IS NULL) AND (decision IS NULL) = (answer IS NULL))
);
-- one appeal per candidate waits for an answer at a time
CREATE UNIQUE INDEX selection_appeal_open_uq ON selection_appeal (application_id) WHERE decision IS NULL;
CREATE INDEX selection_appeal_call_idx ON selection_appeal (call_id, lodged_at);
COMMENT ON TABLE selection_appeal IS 'A candidate''s appeal against their selection result, and the coordinator''s recorded answer.';
COMMENT ON COLUMN selection_appeal.decision IS 'UPHELD or REJECTED once answered; absent while the appeal waits.';

ALTER TABLE selection_event DROP CONSTRAINT selection_event_kind_check;
ALTER TABLE selection_event ADD CONSTRAINT selection_event_kind_check
    CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT', 'SCORED', 'ALLOCATION_RUN', 'DECIDED', 'REOPENED',
                    'PUBLISHED', 'ACCEPTED', 'DECLINED', 'MOVED', 'APPEALED', 'APPEAL_ANSWERED'));
