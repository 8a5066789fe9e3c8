-- Demo data (profile "demo" only): which demo KA171 projects fund which demo agreements. Loaded after the agreements
-- (020) and the projects (040). Idempotent.
INSERT INTO agreement_project (agreement_id, project_id) VALUES
('a9e5d000-0000-4000-8000-000000000007', '5a1e7c20-7b0e-4f3a-8c11-000000000001'), -- Tartu 2024/2025-2027/2028, project of Tartu (2024)
('a9e5d000-0000-4000-8000-000000000009', '5a1e7c20-7b0e-4f3a-8c11-000000000002')  -- Graz 2023/2024-2026/2027, project of FH JOANNEUM (2023)
ON CONFLICT DO NOTHING;
