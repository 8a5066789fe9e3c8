-- KA171 projects (DOMAIN-KA171.md §1): one grant agreement of a beneficiary with its National Agency, its partner
-- institutions, and its budget per partner region and budget line. Committed and paid amounts come from the grants of
-- mobilities (a later feature) as budget movements; until then a budget shows them as zero.

CREATE TABLE ka171_project (
    id                         uuid          NOT NULL,
    reference                  varchar(40)   NOT NULL,
    call_year                  integer       NOT NULL,
    beneficiary_institution_id uuid          NOT NULL,
    start_date                 date          NOT NULL,
    end_date                   date          NOT NULL,
    status                     varchar(20)   NOT NULL,
    notes                      varchar(4000),
    version                    integer       NOT NULL DEFAULT 0,
    created_at                 timestamptz   NOT NULL,
    created_by                 varchar(100)  NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    updated_by                 varchar(100)  NOT NULL,
    CONSTRAINT ka171_project_pk PRIMARY KEY (id),
    CONSTRAINT ka171_project_reference_key UNIQUE (reference),
    CONSTRAINT ka171_project_beneficiary_fk FOREIGN KEY (beneficiary_institution_id) REFERENCES institution (id),
    CONSTRAINT ka171_project_reference_check CHECK (reference ~ '^[0-9]{4}-[0-9]-[A-Z]{2}[0-9]{2}-KA171-HED-[0-9]{9}$'),
    CONSTRAINT ka171_project_call_year_check CHECK (call_year BETWEEN 2014 AND 2100),
    CONSTRAINT ka171_project_dates_check CHECK (end_date > start_date),
    CONSTRAINT ka171_project_status_check CHECK (status IN ('PLANNED', 'ONGOING', 'FINAL_REPORT', 'CLOSED'))
);
COMMENT ON TABLE ka171_project IS 'A KA171 project: one grant agreement between a beneficiary HEI and its National Agency.';
COMMENT ON COLUMN ka171_project.reference IS 'The Commission''s project number, e.g. 2024-1-EE01-KA171-HED-000123456 (call year, round, National Agency, action, number).';
COMMENT ON COLUMN ka171_project.end_date IS 'The last day: 24 or 36 months after the start, less a day.';
COMMENT ON COLUMN ka171_project.version IS 'Optimistic lock: an update naming another version is refused (409).';
CREATE INDEX ka171_project_call_year_idx ON ka171_project (call_year);

CREATE TABLE ka171_project_partner (
    project_id     uuid NOT NULL,
    institution_id uuid NOT NULL,
    CONSTRAINT ka171_project_partner_pk PRIMARY KEY (project_id, institution_id),
    CONSTRAINT ka171_project_partner_project_fk FOREIGN KEY (project_id) REFERENCES ka171_project (id) ON DELETE CASCADE,
    CONSTRAINT ka171_project_partner_institution_fk FOREIGN KEY (institution_id) REFERENCES institution (id)
);
COMMENT ON TABLE ka171_project_partner IS 'The partner institutions of a project (the beneficiary is not listed here).';
CREATE INDEX ka171_project_partner_institution_idx ON ka171_project_partner (institution_id);

CREATE TABLE ka171_project_budget (
    project_id uuid          NOT NULL,
    region     smallint      NOT NULL,
    line       varchar(30)   NOT NULL,
    allocated  numeric(12,2) NOT NULL,
    CONSTRAINT ka171_project_budget_pk PRIMARY KEY (project_id, region, line),
    CONSTRAINT ka171_project_budget_project_fk FOREIGN KEY (project_id) REFERENCES ka171_project (id) ON DELETE CASCADE,
    CONSTRAINT ka171_project_budget_region_check CHECK (region BETWEEN 1 AND 14),
    CONSTRAINT ka171_project_budget_line_check CHECK (line IN ('ORGANISATIONAL_SUPPORT', 'TRAVEL', 'INDIVIDUAL_SUPPORT', 'INCLUSION_SUPPORT')),
    CONSTRAINT ka171_project_budget_allocated_check CHECK (allocated >= 0)
);
COMMENT ON TABLE ka171_project_budget IS 'The amount a project allocates to one partner region and budget line, EUR.';

CREATE TABLE ka171_budget_movement (
    id          uuid          NOT NULL,
    project_id  uuid          NOT NULL,
    region      smallint      NOT NULL,
    line        varchar(30)   NOT NULL,
    kind        varchar(10)   NOT NULL,
    amount      numeric(12,2) NOT NULL,
    source      varchar(200)  NOT NULL,
    occurred_at timestamptz   NOT NULL,
    CONSTRAINT ka171_budget_movement_pk PRIMARY KEY (id),
    CONSTRAINT ka171_budget_movement_project_fk FOREIGN KEY (project_id) REFERENCES ka171_project (id),
    CONSTRAINT ka171_budget_movement_kind_check CHECK (kind IN ('COMMITTED', 'PAID')),
    CONSTRAINT ka171_budget_movement_line_check CHECK (line IN ('ORGANISATIONAL_SUPPORT', 'TRAVEL', 'INDIVIDUAL_SUPPORT', 'INCLUSION_SUPPORT'))
);
COMMENT ON TABLE ka171_budget_movement IS 'Money committed to or paid from a project budget line by a mobility''s grant; written by the grants of mobilities.';
COMMENT ON COLUMN ka171_budget_movement.source IS 'What the money is for, e.g. the grant calculation or mobility it comes from.';
CREATE INDEX ka171_budget_movement_project_idx ON ka171_budget_movement (project_id);
