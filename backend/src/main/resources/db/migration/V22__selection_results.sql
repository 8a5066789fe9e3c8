-- Competitive selection, slice 7 (issue 12): a coordinator publishes the results of the decision in force; each
-- candidate then reads their own outcome, and a placed one accepts or declines the offer before it expires. A decline
-- (or withdrawal, or no answer in time) frees the place, which the cascade offers on down the ranks.

CREATE TABLE selection_results (
    call_id           uuid         PRIMARY KEY,
    decision_id       uuid         NOT NULL,
    run_id            uuid         NOT NULL,
    response_days     integer      NOT NULL,
    published_by      varchar(255) NOT NULL,
    published_by_name varchar(255) NOT NULL,
    published_at      timestamptz  NOT NULL,
    CONSTRAINT selection_results_call_fk FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT selection_results_decision_fk FOREIGN KEY (decision_id) REFERENCES commission_decision (id),
    CONSTRAINT selection_results_run_fk FOREIGN KEY (run_id) REFERENCES selection_run (id),
    CONSTRAINT selection_results_days_check CHECK (response_days BETWEEN 1 AND 60)
);
COMMENT ON TABLE selection_results IS 'The published results of a call: the decided run''s outcomes become each candidate''s result and offer.';
COMMENT ON COLUMN selection_results.response_days IS 'Days a candidate has to answer an offer, to the end of the last day in the call''s time zone.';

CREATE TABLE selection_offer (
    application_id   uuid         PRIMARY KEY,
    call_id          uuid         NOT NULL,
    status           varchar(12)  NOT NULL,
    rank             integer,
    total            numeric(5, 2),
    partner_id       uuid,
    preference       integer,
    reserve_position integer,
    scores           jsonb        NOT NULL,
    explanation      jsonb        NOT NULL,
    response         varchar(10),
    offered_at       timestamptz,
    respond_by       timestamptz,
    responded_at     timestamptz,
    version          integer      NOT NULL DEFAULT 0,
    CONSTRAINT selection_offer_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT selection_offer_call_fk FOREIGN KEY (call_id) REFERENCES selection_results (call_id),
    CONSTRAINT selection_offer_status_check CHECK (status IN ('PLACED', 'RESERVE', 'NOT_SELECTED', 'INCOMPLETE', 'DECLINED')),
    CONSTRAINT selection_offer_response_check CHECK (response IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED'))
);
CREATE INDEX selection_offer_call_idx ON selection_offer (call_id, rank);
CREATE INDEX selection_offer_pending_idx ON selection_offer (respond_by) WHERE response = 'PENDING';
COMMENT ON TABLE selection_offer IS 'A candidate''s present result after publication: the decided outcome, changed by the cascades of declines.';
COMMENT ON COLUMN selection_offer.explanation IS 'The steps {code, args} of the decided outcome, then those of every move the cascades made for this candidate.';
COMMENT ON COLUMN selection_offer.response IS 'PENDING: a place is offered and not answered; ACCEPTED; DECLINED (or withdrawn after accepting); EXPIRED: no answer by respond_by, a decline. Absent without a place offered.';
COMMENT ON COLUMN selection_offer.respond_by IS 'The last instant to answer the present offer.';

ALTER TABLE selection_event DROP CONSTRAINT selection_event_kind_check;
ALTER TABLE selection_event ADD CONSTRAINT selection_event_kind_check
    CHECK (kind IN ('PANEL_SET', 'DECLARED_NO_CONFLICT', 'DECLARED_CONFLICT', 'SCORED', 'ALLOCATION_RUN', 'DECIDED', 'REOPENED',
                    'PUBLISHED', 'ACCEPTED', 'DECLINED', 'MOVED'));
COMMENT ON COLUMN selection_event.kind IS 'PANEL_SET: a coordinator set the panel; DECLARED_NO_CONFLICT, DECLARED_CONFLICT: an evaluator''s declaration; SCORED: an evaluator submitted their evaluation; ALLOCATION_RUN: a coordinator ran the allocation as a preview; DECIDED: the commission''s decision was recorded; REOPENED: it was reopened; PUBLISHED: the results were published; ACCEPTED, DECLINED: a candidate''s answer (DECLINED with expired=true when nobody answered in time); MOVED: the cascade gave a candidate a freed place.';
