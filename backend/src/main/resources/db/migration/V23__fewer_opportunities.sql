-- Competitive selection (issue 12): applicants may declare having fewer opportunities; a call's selection criteria can
-- give it a fixed bonus and its ranking can break ties by it. Only the declaration is kept, never its reason.
ALTER TABLE applicant_profile ADD COLUMN fewer_opportunities boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN applicant_profile.fewer_opportunities IS 'The applicant declares having fewer opportunities (Erasmus+ inclusion); copied into each submission''s profile snapshot.';
