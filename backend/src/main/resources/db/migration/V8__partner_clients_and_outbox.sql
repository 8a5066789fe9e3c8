-- Partner API clients, partner webhooks and the outbox of change notifications (issue 3, sections 3 and 4).

CREATE TABLE partner_client (
    client_id      varchar(100) PRIMARY KEY,
    institution_id uuid         NOT NULL REFERENCES institution (id),
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL
);
CREATE INDEX partner_client_institution_idx ON partner_client (institution_id);
COMMENT ON TABLE partner_client IS 'Which partner institution an OAuth client of the identity provider acts for; callers with role partner are scoped to it. An institution may have several clients.';
COMMENT ON COLUMN partner_client.client_id IS 'OAuth client id as the token names it (claim azp, or client_id), e.g. partner-tartu.';
COMMENT ON COLUMN partner_client.institution_id IS 'The partner institution the client acts for.';
COMMENT ON COLUMN partner_client.created_by IS 'The administrator who first mapped the client.';
COMMENT ON COLUMN partner_client.updated_by IS 'The administrator who last changed the mapping.';

CREATE TABLE institution_webhook (
    institution_id    uuid          PRIMARY KEY REFERENCES institution (id),
    url               varchar(2000) NOT NULL,
    secret            varchar(100)  NOT NULL,
    secret_created_at timestamptz   NOT NULL,
    updated_by        varchar(100)  NOT NULL
);
COMMENT ON TABLE institution_webhook IS 'Where change notifications for a partner institution are POSTed, and the secret their HMAC signature uses.';
COMMENT ON COLUMN institution_webhook.url IS 'https URL of the receiver; http only for loopback addresses (local tests and demos).';
COMMENT ON COLUMN institution_webhook.secret IS 'HMAC-SHA256 key shared with the partner (its UTF-8 bytes). Shown once when generated, never returned by the API afterwards.';
COMMENT ON COLUMN institution_webhook.secret_created_at IS 'When the secret was generated; every PUT of the webhook rotates it.';
COMMENT ON COLUMN institution_webhook.updated_by IS 'The administrator who last set the webhook.';

CREATE TABLE outbox_event (
    id              uuid          PRIMARY KEY,
    institution_id  uuid          NOT NULL REFERENCES institution (id),
    type            varchar(100)  NOT NULL,
    subject_id      uuid          NOT NULL,
    payload         jsonb         NOT NULL,
    created_at      timestamptz   NOT NULL,
    status          varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')),
    attempts        integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      varchar(200),
    delivered_at    timestamptz,
    resent_at       timestamptz,
    resent_by       varchar(100),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
    CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);
CREATE INDEX outbox_event_due_idx ON outbox_event (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_event_institution_idx ON outbox_event (institution_id, created_at DESC);
CREATE INDEX outbox_event_subject_idx ON outbox_event (subject_id, created_at DESC);
COMMENT ON TABLE outbox_event IS 'Change notifications for partners, written in the transaction of the change and POSTed to the partner''s webhook afterwards (transactional outbox).';
COMMENT ON COLUMN outbox_event.institution_id IS 'The partner institution to notify.';
COMMENT ON COLUMN outbox_event.type IS 'What happened, e.g. agreement.version-created, agreement.approved, agreement.terminated.';
COMMENT ON COLUMN outbox_event.subject_id IS 'The record the event is about, e.g. the agreement id.';
COMMENT ON COLUMN outbox_event.payload IS 'The data member of the delivered body.';
COMMENT ON COLUMN outbox_event.status IS 'PENDING: to be delivered at next_attempt_at; DELIVERED: the receiver answered 2xx; FAILED: every attempt failed; SKIPPED: the institution had no webhook.';
COMMENT ON COLUMN outbox_event.attempts IS 'Delivery attempts since the event was written or last resent.';
COMMENT ON COLUMN outbox_event.next_attempt_at IS 'When a PENDING event is due; a worker delivering it pushes this ahead so that no other instance takes it meanwhile.';
COMMENT ON COLUMN outbox_event.last_error IS 'Why the last attempt failed (e.g. HTTP 500, timeout), or why the event was skipped.';
COMMENT ON COLUMN outbox_event.resent_at IS 'When a coordinator last asked for the event to be sent again.';
COMMENT ON COLUMN outbox_event.resent_by IS 'Who last asked for the event to be sent again.';
