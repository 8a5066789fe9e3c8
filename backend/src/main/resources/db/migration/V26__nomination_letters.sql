-- The receiving partner's letter on a nomination (issue 13): an acceptance letter uploaded through the partner API, or
-- the letter or e-mail a coordinator attaches when recording a decision by hand. One per nomination; a new upload
-- replaces it, and the trail says who attached which (by its hash).

CREATE TABLE nomination_letter (
    nomination_id uuid          PRIMARY KEY,
    file_name     varchar(255)  NOT NULL,
    content_type  varchar(50)   NOT NULL,
    size_bytes    bigint        NOT NULL,
    sha256        char(64)      NOT NULL,
    content       bytea         NOT NULL,
    uploaded_at   timestamptz   NOT NULL,
    uploaded_by   varchar(255)  NOT NULL,
    CONSTRAINT nomination_letter_nomination_fk FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT nomination_letter_content_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);
COMMENT ON TABLE nomination_letter IS 'The partner''s letter on a nomination (acceptance or decision), kept apart so lists never load it.';

ALTER TABLE nomination_event DROP CONSTRAINT nomination_event_kind_check;
ALTER TABLE nomination_event ADD CONSTRAINT nomination_event_kind_check
    CHECK (kind IN ('NOMINATED', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'PERIOD_CHANGED', 'PLACE_FREED', 'LETTER_ATTACHED'));
