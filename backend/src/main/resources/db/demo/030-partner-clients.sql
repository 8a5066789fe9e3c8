-- Demo data (profile "demo" only): the demo realm's client partner-tartu acts for the University of Tartu.
-- Idempotent: an existing mapping is left as it is.
INSERT INTO partner_client (client_id, institution_id, created_at, created_by, updated_at, updated_by) VALUES
('partner-tartu', '0b6f3c1e-1d2a-4c0e-9a11-000000000002', now(), 'demo', now(), 'demo')
ON CONFLICT (client_id) DO NOTHING;
