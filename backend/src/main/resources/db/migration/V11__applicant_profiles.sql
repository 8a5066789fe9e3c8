-- Applicant profiles (issue 4, applicant portal): what a student or staff member tells about themselves once, reused by
-- every application. One row per login (the identity provider's subject); the name starts as the login's and may be
-- corrected to the passport's, the e-mail is always the login's.

CREATE TABLE applicant_profile (
    user_subject      varchar(255)  PRIMARY KEY,
    username          varchar(255)  NOT NULL,
    email             varchar(320),
    given_name        varchar(200)  NOT NULL,
    family_name       varchar(200)  NOT NULL,
    date_of_birth     date,
    citizenship       char(2)       REFERENCES country (code),
    phone             varchar(30),
    study_programme   varchar(300),
    study_cycle       integer       CHECK (study_cycle BETWEEN 5 AND 8),
    year_of_study     integer       CHECK (year_of_study BETWEEN 1 AND 8),
    grade_average     numeric(6, 2) CHECK (grade_average > 0),
    grade_scale       numeric(6, 2) CHECK (grade_scale > 0 AND grade_scale <= 100),
    languages         jsonb         NOT NULL DEFAULT '[]',
    department        varchar(200),
    position          varchar(200),
    version           integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    CONSTRAINT applicant_profile_grade_check CHECK (grade_average IS NULL OR (grade_scale IS NOT NULL AND grade_average <= grade_scale))
);
COMMENT ON TABLE applicant_profile IS 'A student''s or staff member''s profile, completed once and reused by each application.';
COMMENT ON COLUMN applicant_profile.user_subject IS 'The identity provider''s subject (claim sub): stable while user names and e-mails change.';
COMMENT ON COLUMN applicant_profile.study_cycle IS 'EQF level of the current studies: 5 short cycle, 6 bachelor, 7 master, 8 doctoral.';
COMMENT ON COLUMN applicant_profile.grade_average IS 'Grade point average on the applicant''s own scale: grade_average of grade_scale (e.g. 4.3 of 5).';
COMMENT ON COLUMN applicant_profile.languages IS 'Languages with self-assessed CEFR levels: [{"language": "en", "cefrLevel": "B2"}].';
COMMENT ON COLUMN applicant_profile.department IS 'Staff: the department or chair.';
COMMENT ON COLUMN applicant_profile.position IS 'Staff: the position (e.g. associate professor, international officer).';
