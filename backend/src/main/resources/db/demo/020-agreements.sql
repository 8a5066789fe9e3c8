-- Demo data (profile "demo" only, loaded by DemoDataLoader after 010-institutions.sql): agreements between IHSM and
-- each demo partner for 2016/2017-2020/2021 (ended; Nitra's terminated early), and current ones: Tartu in force,
-- Milan signed by IHSM and awaiting the partner's approval, Graz in force and ending 31 August 2027.
-- Idempotent: rows that exist are left as they are. Each conditions row is one line: agreement id, version number,
-- the conditions as org.mobilitydesk.agreement.Conditions JSON, and their content hash, which DemoAgreementsTest
-- recomputes with CanonicalForm.
INSERT INTO agreement_conditions (agreement_id, number, conditions, content_hash, created_by) VALUES
('a9e5d000-0000-4000-8000-000000000001', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000002","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":2,"totalMonthsPerYear":10,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[7],"languageSkills":[{"language":"en","cefrLevel":"B2"}],"blendedAllowed":false},{"mobilityType":"STAFF_TEACHING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000002","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":2,"totalDaysPerYear":10,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[],"languageSkills":[{"language":"ru","cefrLevel":"B1"}],"blendedAllowed":false}]}', '7037205350e0a55a6b5da934291aa7bb97a38ce48637b9debb0b01d8d2062d0f', 'demo'),
('a9e5d000-0000-4000-8000-000000000002', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000003","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":1,"totalMonthsPerYear":5,"subjectAreas":[{"iscedCode":"0912","clarification":"medicine taught in English"}],"eqfLevels":[7],"languageSkills":[{"language":"en","cefrLevel":"B2"},{"language":"it","cefrLevel":"A2"}],"blendedAllowed":false}]}', '9571eb568f86022d092bfac27562b7b357cace5a5f856bd5227d32814d4e01a7', 'demo'),
('a9e5d000-0000-4000-8000-000000000003', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STAFF_TRAINING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000004","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":2,"totalDaysPerYear":14,"subjectAreas":[{"iscedCode":"0913"}],"eqfLevels":[],"languageSkills":[{"language":"en","cefrLevel":"B1"}],"blendedAllowed":false}]}', 'f8ada058855567d9ae6543beaf7c278623bb2bef6aaf96258a6607cf7ab1e282', 'demo'),
('a9e5d000-0000-4000-8000-000000000004', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000005","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":2,"totalMonthsPerYear":10,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[7],"languageSkills":[{"language":"en","cefrLevel":"B2"}],"blendedAllowed":false}]}', '99a3379dfe798fe41dde51e6e9d7a41cb0c331d81f5844b45da880bedb07adfe', 'demo'),
('a9e5d000-0000-4000-8000-000000000005', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STUDENT_TRAINEESHIP","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000006","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":1,"totalMonthsPerYear":3,"subjectAreas":[{"iscedCode":"0413"}],"eqfLevels":[6],"languageSkills":[{"language":"en","cefrLevel":"B2"}],"blendedAllowed":false}]}', '3be00592f410a46c841fa1ed4880c8b928def7e3ae529e33f0ed2258e1f3652b', 'demo'),
('a9e5d000-0000-4000-8000-000000000006', 1, '{"firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","flows":[{"mobilityType":"STAFF_TEACHING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000007","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","firstAcademicYear":"2016/2017","lastAcademicYear":"2020/2021","mobilitiesPerYear":1,"totalDaysPerYear":7,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[],"languageSkills":[{"language":"ru","cefrLevel":"C1"}],"blendedAllowed":false}]}', 'ec5e7341891776b53b99bf8ddd28ab5e57b32d60d6b77ba4efd5c4aa8231c610', 'demo'),
('a9e5d000-0000-4000-8000-000000000007', 1, '{"firstAcademicYear":"2024/2025","lastAcademicYear":"2027/2028","flows":[{"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000002","firstAcademicYear":"2024/2025","lastAcademicYear":"2027/2028","mobilitiesPerYear":2,"totalMonthsPerYear":10,"subjectAreas":[{"iscedCode":"0912","clarification":"dentistry"},{"iscedCode":"0913"}],"eqfLevels":[6,7],"languageSkills":[{"language":"en","cefrLevel":"B2","iscedCode":"0912"},{"language":"et","cefrLevel":"A1"}],"blendedAllowed":true,"otherTerms":"Tuition waived at the host"},{"mobilityType":"STAFF_TEACHING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000002","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","firstAcademicYear":"2024/2025","lastAcademicYear":"2027/2028","mobilitiesPerYear":2,"totalDaysPerYear":10,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[],"languageSkills":[{"language":"ru","cefrLevel":"B1"}],"blendedAllowed":false}]}', '1507a01caf3da660335c486526a0eff688cd6d444e9400eb91441cde5f471d80', 'demo'),
('a9e5d000-0000-4000-8000-000000000008', 1, '{"firstAcademicYear":"2025/2026","lastAcademicYear":"2029/2030","flows":[{"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000003","firstAcademicYear":"2025/2026","lastAcademicYear":"2029/2030","mobilitiesPerYear":2,"totalMonthsPerYear":10,"subjectAreas":[{"iscedCode":"0912"}],"eqfLevels":[7],"languageSkills":[{"language":"en","cefrLevel":"B2"},{"language":"it","cefrLevel":"A2"}],"blendedAllowed":false},{"mobilityType":"STAFF_TRAINING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000003","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","firstAcademicYear":"2025/2026","lastAcademicYear":"2029/2030","mobilitiesPerYear":1,"totalDaysPerYear":7,"subjectAreas":[{"iscedCode":"0311"}],"eqfLevels":[],"languageSkills":[{"language":"en","cefrLevel":"B2"}],"blendedAllowed":false}]}', 'b2336a71efc86e1bb7c623b2f06aca8f9cf769204b082b19189ce51253ebb8f2', 'demo'),
('a9e5d000-0000-4000-8000-000000000009', 1, '{"firstAcademicYear":"2023/2024","lastAcademicYear":"2026/2027","flows":[{"mobilityType":"STAFF_TEACHING","sendingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000001","receivingInstitutionId":"0b6f3c1e-1d2a-4c0e-9a11-000000000004","firstAcademicYear":"2023/2024","lastAcademicYear":"2026/2027","mobilitiesPerYear":2,"totalDaysPerYear":10,"subjectAreas":[{"iscedCode":"0913"}],"eqfLevels":[],"languageSkills":[{"language":"en","cefrLevel":"B2"}],"blendedAllowed":false}]}', '0aaa0d9fd262ebb060ea9dade25a3656be581d64bea898e92a21c975ada7ef6e', 'demo')
ON CONFLICT DO NOTHING;

-- The agreement rows summarise their conditions version 1 (the foreign keys between the two tables are deferred).
INSERT INTO agreement (id, home_institution_id, partner_institution_id, home_side, partner_side, first_academic_year,
                       last_academic_year, notes, status, conditions_number, content_hash, flow_count, mobility_types,
                       signed_hash, approved_number, approved_hash, termination_date, termination_reason, created_by, updated_by)
SELECT CAST(a.id AS uuid), CAST('0b6f3c1e-1d2a-4c0e-9a11-000000000001' AS uuid), CAST(a.partner AS uuid),
       CAST(a.home_side AS jsonb), CAST(a.partner_side AS jsonb),
       c.conditions ->> 'firstAcademicYear', c.conditions ->> 'lastAcademicYear', a.notes, a.status, c.number, c.content_hash,
       jsonb_array_length(c.conditions -> 'flows'),
       CAST(ARRAY(SELECT DISTINCT f ->> 'mobilityType' FROM jsonb_array_elements(c.conditions -> 'flows') f ORDER BY 1) AS varchar(20)[]),
       CASE WHEN a.status <> 'DRAFT' THEN c.content_hash END,
       CASE WHEN a.status IN ('IN_FORCE', 'TERMINATED') THEN c.number END,
       CASE WHEN a.status IN ('IN_FORCE', 'TERMINATED') THEN c.content_hash END,
       CAST(a.termination_date AS date), a.termination_reason, 'demo', 'demo'
FROM (VALUES
    ('a9e5d000-0000-4000-8000-000000000001', '0b6f3c1e-1d2a-4c0e-9a11-000000000002', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2016-01", "signerName": "IHSM Rector", "signingDate": "2016-05-20", "contacts": []}',
     '{"localId": "UT-ICM-2016-14", "signerName": "Vice-Rector for Academic Affairs", "signingDate": "2016-06-02", "contacts": []}',
     'First KA171 partner of IHSM.', NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000002', '0b6f3c1e-1d2a-4c0e-9a11-000000000003', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2016-02", "signingDate": "2016-06-10", "contacts": []}',
     '{"localId": "UNIMI-KA107-233", "signingDate": "2016-06-28", "contacts": []}', NULL, NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000003', '0b6f3c1e-1d2a-4c0e-9a11-000000000004', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2016-03", "signingDate": "2016-07-01", "contacts": []}',
     '{"signingDate": "2016-07-15", "contacts": []}', NULL, NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000004', '0b6f3c1e-1d2a-4c0e-9a11-000000000005', 'TERMINATED',
     '{"localId": "IHSM-IIA-2016-04", "signingDate": "2016-07-04", "contacts": []}',
     '{"localId": "UKF-ICM-KG-1", "signingDate": "2016-07-20", "contacts": []}', NULL,
     '2019-08-31', 'Nitra closed its English-taught medicine programme; both sides agreed on the earlier end.'),
    ('a9e5d000-0000-4000-8000-000000000005', '0b6f3c1e-1d2a-4c0e-9a11-000000000006', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2016-05", "signingDate": "2016-08-01", "contacts": []}',
     '{"signingDate": "2016-08-12", "contacts": []}', NULL, NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000006', '0b6f3c1e-1d2a-4c0e-9a11-000000000007', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2016-06", "signingDate": "2016-09-05", "contacts": []}',
     '{"signingDate": "2016-09-09", "contacts": []}', NULL, NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000007', '0b6f3c1e-1d2a-4c0e-9a11-000000000002', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2024-01", "signerName": "IHSM Rector", "signerEmail": "rector@ihsm.kg", "signingDate": "2024-04-15", "contacts": [{"name": "International Office", "email": "iro@ihsm.kg"}]}',
     '{"localId": "UT-ICM-2024-07", "signerName": "Vice-Rector for Academic Affairs", "signingDate": "2024-05-02", "contacts": [{"name": "International Student Service", "email": "exchange@ut.ee"}]}',
     'Renewal of the 2016 agreement; Tartu asks for nominations by 15 May.', NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000008', '0b6f3c1e-1d2a-4c0e-9a11-000000000003', 'SIGNED_BY_HOME',
     '{"localId": "IHSM-IIA-2025-02", "signerName": "IHSM Rector", "signingDate": "2025-03-03", "contacts": []}',
     '{"contacts": [{"name": "International Mobility Office", "email": "mobility.in@unimi.it"}]}',
     'Sent to Milan for approval; remind them in April.', NULL, NULL),
    ('a9e5d000-0000-4000-8000-000000000009', '0b6f3c1e-1d2a-4c0e-9a11-000000000004', 'IN_FORCE',
     '{"localId": "IHSM-IIA-2023-01", "signingDate": "2023-05-10", "contacts": []}',
     '{"localId": "FHJ-2023-KG", "signingDate": "2023-05-30", "contacts": []}',
     'Ends 31 August 2027: start the renewal.', NULL, NULL)
) AS a (id, partner, status, home_side, partner_side, notes, termination_date, termination_reason)
JOIN agreement_conditions c ON c.agreement_id = CAST(a.id AS uuid) AND c.number = 1
ON CONFLICT (id) DO NOTHING;

-- Their history: created, signed by IHSM, approved by the partner, terminated, as far as each got.
INSERT INTO agreement_transition (agreement_id, at, actor, action, from_status, to_status, conditions_number, content_hash, comment)
SELECT a.id, a.created_at - (3 - s.step) * interval '14 days', 'demo', s.action, s.from_status, s.to_status, 1, a.content_hash,
       CASE WHEN s.action = 'TERMINATE' THEN a.termination_reason END
FROM agreement a
JOIN (VALUES
    (0, 'CREATE', NULL, 'DRAFT', 0),
    (1, 'SIGN', 'DRAFT', 'SIGNED_BY_HOME', 1),
    (2, 'APPROVE', 'SIGNED_BY_HOME', 'IN_FORCE', 2),
    (3, 'TERMINATE', 'IN_FORCE', 'TERMINATED', 3)
) AS s (step, action, from_status, to_status, reached) ON s.reached <= CASE a.status
    WHEN 'DRAFT' THEN 0 WHEN 'SIGNED_BY_HOME' THEN 1 WHEN 'IN_FORCE' THEN 2 ELSE 3 END
WHERE a.created_by = 'demo'
  AND NOT EXISTS (SELECT 1 FROM agreement_transition t WHERE t.agreement_id = a.id)
ORDER BY a.id, s.step;
