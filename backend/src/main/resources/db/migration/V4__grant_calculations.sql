-- Grant calculations a coordinator stored: the input as sent, so the calculation can be reproduced, and the result
-- with the rate-table version that produced it.
CREATE TABLE grant_calculation (
    id                 uuid          NOT NULL,
    input              jsonb         NOT NULL,
    result             jsonb         NOT NULL,
    call_year          integer       NOT NULL,
    rate_table_version integer       NOT NULL,
    participant_total  numeric(12,2),
    created_at         timestamptz   NOT NULL,
    created_by         varchar(100)  NOT NULL,
    CONSTRAINT grant_calculation_pk PRIMARY KEY (id)
);
CREATE INDEX grant_calculation_created_idx ON grant_calculation (created_at DESC);
COMMENT ON TABLE grant_calculation IS 'A stored grant calculation: input (reproducible), result, the rate-table version used, who and when.';
