-- The interface language of an applicant (issue 11, localisation): e-mails about their applications (receipt, call
-- changes and later ones) are written in it. The SPA names it in Accept-Language when the profile is saved and when an
-- application is submitted; empty until then, when e-mails are in English.

ALTER TABLE applicant_profile ADD COLUMN interface_language varchar(2)
    CONSTRAINT applicant_profile_interface_language_check CHECK (interface_language IN ('en', 'ru', 'ky', 'kk'));
COMMENT ON COLUMN applicant_profile.interface_language IS 'The language the applicant last used the interface in (en, ru, ky, kk), for e-mails to them.';
