-- Demo data (profile "demo" only): KA171 projects that fund mobilities between IHSM and its European partners.
-- Idempotent: projects that already exist are left as they are. Region 6 is Central Asia (Kyrgyzstan, Kazakhstan).
INSERT INTO ka171_project (id, reference, call_year, beneficiary_institution_id, start_date, end_date, status, notes, created_at, created_by, updated_at, updated_by) VALUES
('5a1e7c20-7b0e-4f3a-8c11-000000000001', '2024-1-EE01-KA171-HED-000123456', 2024, '0b6f3c1e-1d2a-4c0e-9a11-000000000002',
 '2024-08-01', '2026-07-31', 'ONGOING', 'Medicine and public health: students both ways, teaching staff from Tartu.', now(), 'demo', now(), 'demo'),
('5a1e7c20-7b0e-4f3a-8c11-000000000002', '2023-1-AT01-KA171-HED-000087654', 2023, '0b6f3c1e-1d2a-4c0e-9a11-000000000004',
 '2023-08-01', '2026-07-31', 'ONGOING', NULL, now(), 'demo', now(), 'demo'),
('5a1e7c20-7b0e-4f3a-8c11-000000000003', '2022-1-SK01-KA171-HED-000045678', 2022, '0b6f3c1e-1d2a-4c0e-9a11-000000000005',
 '2022-09-01', '2024-08-31', 'CLOSED', 'Final report accepted by the Slovak National Agency.', now(), 'demo', now(), 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO ka171_project_partner (project_id, institution_id) VALUES
('5a1e7c20-7b0e-4f3a-8c11-000000000001', '0b6f3c1e-1d2a-4c0e-9a11-000000000001'),
('5a1e7c20-7b0e-4f3a-8c11-000000000001', '0b6f3c1e-1d2a-4c0e-9a11-000000000007'),
('5a1e7c20-7b0e-4f3a-8c11-000000000002', '0b6f3c1e-1d2a-4c0e-9a11-000000000001'),
('5a1e7c20-7b0e-4f3a-8c11-000000000003', '0b6f3c1e-1d2a-4c0e-9a11-000000000001')
ON CONFLICT DO NOTHING;

INSERT INTO ka171_project_budget (project_id, region, line, allocated) VALUES
('5a1e7c20-7b0e-4f3a-8c11-000000000001', 6, 'INDIVIDUAL_SUPPORT', 86400.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000001', 6, 'TRAVEL', 11600.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000001', 6, 'ORGANISATIONAL_SUPPORT', 8500.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000001', 6, 'INCLUSION_SUPPORT', 1000.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000002', 6, 'INDIVIDUAL_SUPPORT', 42750.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000002', 6, 'TRAVEL', 7470.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000002', 6, 'ORGANISATIONAL_SUPPORT', 4000.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000003', 6, 'INDIVIDUAL_SUPPORT', 25500.00),
('5a1e7c20-7b0e-4f3a-8c11-000000000003', 6, 'TRAVEL', 4350.00)
ON CONFLICT DO NOTHING;
