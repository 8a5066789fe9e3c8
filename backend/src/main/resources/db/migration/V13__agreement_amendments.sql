-- An agreement in force that is being amended stays in force on its approved version (issue 11): the status is the
-- agreement's, and amendment_status the state of the new conditions awaiting signature and approval. The summary
-- columns (first_academic_year .. mobility_types) now describe the version in force, or the current version before
-- the first approval, so that list filters, expiry and capacity read the approved conditions, never a draft.
-- EXPIRED is not stored: an agreement in force reads as expired after 31 August of its last academic year.

ALTER TABLE agreement ADD COLUMN amendment_status varchar(20);
ALTER TABLE agreement_transition ADD COLUMN amendment_status varchar(20);

-- Agreements that were approved once and were being changed when this version was installed: in force again, with
-- the change as their amendment, summarised from the version both partners approved.
UPDATE agreement a
SET amendment_status    = a.status,
    status              = 'IN_FORCE',
    first_academic_year = c.conditions ->> 'firstAcademicYear',
    last_academic_year  = c.conditions ->> 'lastAcademicYear',
    flow_count          = jsonb_array_length(c.conditions -> 'flows'),
    mobility_types      = CAST(ARRAY(SELECT DISTINCT f ->> 'mobilityType' FROM jsonb_array_elements(c.conditions -> 'flows') f ORDER BY 1)
                               AS varchar(20)[])
FROM agreement_conditions c
WHERE c.agreement_id = a.id AND c.number = a.approved_number
  AND a.status IN ('DRAFT', 'SIGNED_BY_HOME', 'DECLINED_BY_PARTNER');

ALTER TABLE agreement
    ADD CONSTRAINT agreement_amendment_status_check CHECK (amendment_status IN ('DRAFT', 'SIGNED_BY_HOME', 'DECLINED_BY_PARTNER')),
    ADD CONSTRAINT agreement_amendment_in_force_check CHECK (amendment_status IS NULL OR status = 'IN_FORCE'),
    ADD CONSTRAINT agreement_amendment_version_check
        CHECK ((amendment_status IS NULL) = (approved_number IS NULL OR approved_number = conditions_number));
ALTER TABLE agreement_transition
    ADD CONSTRAINT agreement_transition_amendment_check CHECK (amendment_status IN ('DRAFT', 'SIGNED_BY_HOME', 'DECLINED_BY_PARTNER'));

COMMENT ON COLUMN agreement.status IS 'Lifecycle of the agreement: DRAFT, SIGNED_BY_HOME (awaiting the partner), DECLINED_BY_PARTNER (before the first approval), IN_FORCE (both approved approved_hash), TERMINATED. Read as EXPIRED when in force after its last academic year.';
COMMENT ON COLUMN agreement.amendment_status IS 'While an agreement in force is amended: DRAFT, SIGNED_BY_HOME or DECLINED_BY_PARTNER of the current conditions version; NULL otherwise.';
COMMENT ON COLUMN agreement.first_academic_year IS 'First academic year of the version in force, or of the current version before the first approval.';
COMMENT ON COLUMN agreement.last_academic_year IS 'Last academic year of the version in force, or of the current version before the first approval.';
COMMENT ON COLUMN agreement.mobility_types IS 'The distinct mobility types of the flows of the version in force (or of the current version before the first approval), for the list filter.';
COMMENT ON COLUMN agreement.conditions_number IS 'The current version of the conditions (agreement_conditions.number): the amendment''s while one is in progress.';
COMMENT ON COLUMN agreement.approved_number IS 'The version both partners approved last: the one in force (or last in force); NULL before the first approval.';
COMMENT ON COLUMN agreement_transition.amendment_status IS 'The state of the amendment after the action, while one is in progress; NULL otherwise and in entries before V13.';
