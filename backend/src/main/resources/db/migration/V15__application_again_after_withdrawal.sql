-- An applicant who withdrew may apply to the same call again before its deadline (issue 11): one application per
-- person and call that is not withdrawn, instead of one in all. The withdrawn ones stay, with their receipts and timelines.

ALTER TABLE application DROP CONSTRAINT application_once_per_call_key;
CREATE UNIQUE INDEX application_once_per_call_key ON application (call_id, applicant_subject) WHERE status <> 'WITHDRAWN';
COMMENT ON TABLE application IS 'A person''s application to a call: one not withdrawn per person and call; DRAFT until submitted, WITHDRAWN by the applicant before the deadline, after which they may apply again.';
