-- Demo data (profile "demo" only, after the calls): the closed doctoral call with Tartu under selection. Four doctoral
-- candidates submitted before the deadline (the first two are the realm users doctoral and doctoral2, so that they can
-- read their result and answer the offer; the others' subjects are made up); three are eligible, one waits
-- for the coordinator's decision. Both demo evaluators are known users (their realm ids are their subjects) and sit on
-- the call's two-member panel, all applications to all, two evaluations each. Idempotent: what exists is left as it is.

INSERT INTO app_user (subject, username, display_name, email, roles, first_seen_at, last_seen_at) VALUES
('d3e0a1b2-0000-4000-8000-000000000004', 'evaluator', 'Gulnara Sydykova', 'evaluator@demo.mobility-desk.example', '{evaluator}', now(), now()),
('d3e0a1b2-0000-4000-8000-000000000006', 'evaluator2', 'Aigerim Zhaksylykova', 'evaluator2@demo.mobility-desk.example', '{evaluator}', now(), now())
ON CONFLICT (subject) DO NOTHING;

CREATE TEMPORARY TABLE demo_candidate ON COMMIT DROP AS
SELECT CAST(c.id AS uuid) AS id, c.subject, c.username, c.given_name, c.family_name, c.email, CAST(c.born AS date) AS born,
       c.programme, c.eligibility, c.receipt, c.motivation, c.days_before_deadline
FROM (VALUES
    ('a9911de0-0000-4000-8000-000000000001', 'd3e0a1b2-0000-4000-8000-000000000007', 'doctoral', 'Kubanychbek', 'Tashiev', 'doctoral@demo.mobility-desk.example',
     '1995-04-12', 'PhD in Public Health', 'ELIGIBLE', 'MD-DEMO-000001',
     'I am in the third year of my PhD on tuberculosis screening in rural Kyrgyzstan. Two weeks at the Institute of Family Medicine and Public Health in Tartu would let me validate my survey instrument with Professor Uusküla''s team.', 20),
    ('a9911de0-0000-4000-8000-000000000002', 'd3e0a1b2-0000-4000-8000-000000000008', 'doctoral2', 'Asel', 'Mamytova', 'doctoral2@demo.mobility-desk.example',
     '1996-09-03', 'PhD in Pharmacology', 'ELIGIBLE', 'MD-DEMO-000002',
     'Я изучаю фармакокинетику противотуберкулёзных препаратов у детей. В Тартуском университете есть лаборатория масс-спектрометрии, где я смогу проанализировать свои образцы за три недели.', 12),
    ('a9911de0-0000-4000-8000-000000000003', 'demo-candidate-3', 'temirlan.zh', 'Temirlan', 'Zhumabekov', 'temirlan.zh@demo.mobility-desk.example',
     '1994-01-27', 'PhD in Cardiology', 'ELIGIBLE', 'MD-DEMO-000003',
     'Мен Қырғызстандағы жоғары таулы аймақтардағы жүрек жеткіліксіздігін зерттеймін. Тартуда эхокардиография деректерін өңдеудің жаңа әдістерін үйреніп, бірлескен мақала дайындағым келеді.', 8),
    ('a9911de0-0000-4000-8000-000000000004', 'demo-candidate-4', 'nazira.a', 'Nazira', 'Abdrakhmanova', 'nazira.a@demo.mobility-desk.example',
     '1997-06-18', 'PhD in Medical Genetics', 'PENDING', 'MD-DEMO-000004',
     'Мен кыргыз калкындагы тукум куума гемоглобинопатияларды изилдейм. Тарту университетинин геном борборунда эки жума иштеп, секвенирлөө маалыматтарын талдоону үйрөнгүм келет.', 2)
) AS c (id, subject, username, given_name, family_name, email, born, programme, eligibility, receipt, motivation, days_before_deadline);

INSERT INTO applicant_profile (user_subject, username, email, given_name, family_name, date_of_birth, citizenship, study_programme, study_cycle,
                               year_of_study, grade_average, grade_scale, languages, created_at, updated_at)
SELECT c.subject, c.username, c.email, c.given_name, c.family_name, c.born, 'KG', c.programme, 8, 3, 4.50, 5,
       '[{"language": "en", "cefrLevel": "B2"}, {"language": "ru", "cefrLevel": "C1"}]', now(), now()
FROM demo_candidate c
ON CONFLICT (user_subject) DO NOTHING;

INSERT INTO application (id, call_id, applicant_subject, applicant_name, applicant_email, status, planned_start, planned_end, motivation,
                         receipt_number, submitted_at, profile_snapshot, eligibility, eligibility_decided_at, eligibility_decided_by,
                         version, created_at, updated_at)
SELECT c.id, k.id, c.subject, c.given_name || ' ' || c.family_name, c.email, 'SUBMITTED', DATE '2027-03-01', DATE '2027-03-19', c.motivation,
       c.receipt, k.deadline - make_interval(days => c.days_before_deadline),
       jsonb_build_object('saved', true, 'username', c.username, 'email', c.email, 'givenName', c.given_name, 'familyName', c.family_name,
           'dateOfBirth', c.born, 'citizenship', 'KG', 'studyProgramme', c.programme, 'studyCycle', 8, 'yearOfStudy', 3,
           'gradeAverage', 4.50, 'gradeScale', 5,
           'languages', jsonb_build_array(jsonb_build_object('language', 'en', 'cefrLevel', 'B2'), jsonb_build_object('language', 'ru', 'cefrLevel', 'C1')),
           'version', 0, 'updatedAt', to_char(k.opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
       c.eligibility, CASE WHEN c.eligibility = 'ELIGIBLE' THEN k.deadline + interval '2 days' END,
       CASE WHEN c.eligibility = 'ELIGIBLE' THEN 'coordinator' END,
       0, k.deadline - make_interval(days => c.days_before_deadline + 1), k.deadline - make_interval(days => c.days_before_deadline)
FROM demo_candidate c CROSS JOIN mobility_call k
WHERE k.id = 'ca11de00-0000-4000-8000-000000000003'
ON CONFLICT DO NOTHING;

INSERT INTO application_preference (application_id, rank, partner_institution_id)
SELECT c.id, 1, '0b6f3c1e-1d2a-4c0e-9a11-000000000002' FROM demo_candidate c
ON CONFLICT (application_id, rank) DO NOTHING;

-- The motivation letter the call requires, uploaded before submitting: a one-page PDF that says it is a demo document.
INSERT INTO application_document (id, application_id, document_type, file_name, content_type, size_bytes, sha256, content, uploaded_at)
SELECT CAST(replace(CAST(a.id AS text), 'a9911de0', 'd0c5de00') AS uuid), a.id, 'MOTIVATION_LETTER', 'motivation-letter.pdf', 'application/pdf',
       length(d.content), encode(sha256(d.content), 'hex'), d.content, a.submitted_at - interval '1 hour'
FROM application a JOIN demo_candidate c ON c.id = a.id
CROSS JOIN (SELECT decode('255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d202f5265736f7572636573203c3c202f466f6e74203c3c202f4631203520302052203e3e203e3e202f436f6e74656e7473203420302052203e3e0a656e646f626a0a342030206f626a0a3c3c202f4c656e67746820313538203e3e0a73747265616d0a4254202f46312031362054662037322037363020546420284d6f7469766174696f6e206c65747465722920546a2030202d3238205464202f4631203131205466202844656d6f20646f63756d656e74206f66204d6f62696c697479204465736b3a20746865206c657474657220612063616e6469646174652075706c6f61646564207769746820746865206170706c69636174696f6e2e2920546a2045540a656e6473747265616d0a656e646f626a0a352030206f626a0a3c3c202f54797065202f466f6e74202f53756274797065202f5479706531202f42617365466f6e74202f48656c766574696361203e3e0a656e646f626a0a787265660a3020360a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a30303030303030323431203030303030206e200a30303030303030343530203030303030206e200a747261696c65720a3c3c202f53697a652036202f526f6f74203120302052203e3e0a7374617274787265660a3532300a2525454f460a', 'hex') AS content) AS d
ON CONFLICT DO NOTHING;

-- The timeline as the applicant sees it: created, submitted, and for the eligible ones the decision.
INSERT INTO application_event (application_id, at, actor, kind, detail, decision)
SELECT a.id, e.at, e.actor, e.kind, e.detail, e.decision
FROM application a JOIN demo_candidate c ON c.id = a.id
CROSS JOIN LATERAL (VALUES
    (a.created_at, a.applicant_subject, 'CREATED', NULL, NULL),
    (a.submitted_at, a.applicant_subject, 'SUBMITTED', a.receipt_number, NULL),
    (a.eligibility_decided_at, 'coordinator', 'ELIGIBILITY_DECIDED', NULL, a.eligibility)
) AS e (at, actor, kind, detail, decision)
WHERE e.at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM application_event x WHERE x.application_id = a.id);

INSERT INTO evaluation_panel (call_id, min_evaluations, disagreement_threshold, assignment_mode, version, updated_at, updated_by)
SELECT id, 2, 0.30, 'ALL', 1, deadline + interval '3 days', 'coordinator' FROM mobility_call WHERE id = 'ca11de00-0000-4000-8000-000000000003'
ON CONFLICT (call_id) DO NOTHING;

INSERT INTO panel_member (call_id, evaluator_subject, added_at, added_by)
SELECT p.call_id, u.subject, p.updated_at, 'coordinator'
FROM evaluation_panel p CROSS JOIN (VALUES ('d3e0a1b2-0000-4000-8000-000000000004'), ('d3e0a1b2-0000-4000-8000-000000000006')) AS u (subject)
WHERE p.call_id = 'ca11de00-0000-4000-8000-000000000003' AND p.version = 1
ON CONFLICT DO NOTHING;

INSERT INTO selection_event (call_id, actor, kind, detail, at)
SELECT p.call_id, 'd3e0a1b2-0000-4000-8000-000000000003', 'PANEL_SET',
       '{"mode": "ALL", "minEvaluations": 2, "disagreementThreshold": 0.30, "members": ["d3e0a1b2-0000-4000-8000-000000000004", "d3e0a1b2-0000-4000-8000-000000000006"], "added": ["d3e0a1b2-0000-4000-8000-000000000004", "d3e0a1b2-0000-4000-8000-000000000006"], "removed": [], "assignments": {}}',
       p.updated_at
FROM evaluation_panel p
WHERE p.call_id = 'ca11de00-0000-4000-8000-000000000003'
  AND NOT EXISTS (SELECT 1 FROM selection_event x WHERE x.call_id = p.call_id);
