-- Who marked a rate-table version final, and when (DOMAIN-KA171.md: rates are data with an audit trail). A version's
-- values never change; only its status goes from DRAFT to FINAL, once.
ALTER TABLE rate_table
    ADD COLUMN finalised_at timestamptz,
    ADD COLUMN finalised_by varchar(100),
    ADD CONSTRAINT rate_table_finalised_check CHECK ((status = 'FINAL') = (finalised_at IS NOT NULL AND finalised_by IS NOT NULL));
COMMENT ON COLUMN rate_table.finalised_at IS 'When the administrator marked this version FINAL; NULL while DRAFT.';
COMMENT ON COLUMN rate_table.finalised_by IS 'Who marked this version FINAL; NULL while DRAFT.';
