-- Bench data for the selection (issue 12), run after applications.sql (psql variable: candidates, 2,000 in make bench):
-- bench call 3, closed yesterday, at the same ten partners as bench call 2 with 6 places each (60), four criteria
-- scored by evaluators (weights 40/25/20/15, each 0..10); :candidates submitted applications of as many generated
-- people, decided eligible, with three distinct preferences each (first choices skewed towards seven of the partners)
-- and submission times of which some coincide; a panel of two evaluators in ALL mode needing 2 evaluations, each of
-- whom declared no conflict and submitted scores for every application. Scores are drawn from md5, so totals spread
-- over the scale with many ties (the tie-breaks are exercised). Deterministic: every run ranks the same way.
BEGIN;
CREATE TEMP TABLE bench_selection_partner AS
  SELECT position AS n, partner_institution_id AS id FROM mobility_call_place WHERE call_id = '00000000-0000-4000-8000-0000000ca112';
DO $$ BEGIN
  IF (SELECT count(*) FROM bench_selection_partner) <> 10 THEN
    RAISE EXCEPTION 'bench call 2 has % partners, not 10: run applications.sql first', (SELECT count(*) FROM bench_selection_partner);
  END IF;
END $$;

INSERT INTO mobility_call (id, status, title, description, mobility_type, direction, academic_year, eligibility, documents, criteria,
                           max_preferences, opens_at, deadline, published_at, published_by, created_at, created_by, updated_at, updated_by)
VALUES ('00000000-0000-4000-8000-0000000ca113', 'PUBLISHED', '{"en": "Bench call 3: the selection"}', '{"en": "Generated for the benchmark"}',
        'STUDENT_STUDIES', 'OUTGOING', '2026/2027', '{"eqfLevels": [], "languages": [], "staffCategories": []}', '[]',
        '[{"name": {"en": "Motivation"}, "weight": 40, "maxScore": 10},
          {"name": {"en": "Academic record"}, "weight": 25, "maxScore": 10},
          {"name": {"en": "Study plan"}, "weight": 20, "maxScore": 10},
          {"name": {"en": "Interview"}, "weight": 15, "maxScore": 10}]',
        3, now() - interval '60 days', now() - interval '1 day', now() - interval '60 days', 'bench', now(), 'bench', now(), 'bench');
INSERT INTO mobility_call_place (call_id, position, partner_institution_id, places, override_reason)
  SELECT '00000000-0000-4000-8000-0000000ca113', n, id, 6, 'Generated for the benchmark' FROM bench_selection_partner;

INSERT INTO applicant_profile (user_subject, username, email, given_name, family_name, date_of_birth, citizenship, phone,
                               study_programme, study_cycle, year_of_study, grade_average, grade_scale, languages, version, created_at, updated_at)
SELECT 'bench-selection-' || g, 'bench-selection-' || g, 'selection' || g || '@bench.example',
       (ARRAY['Aigerim', 'Nurlan', 'Elnura', 'Azamat', 'Dinara', 'Bakyt', 'Zhanna', 'Timur'])[1 + g % 8],
       (ARRAY['Asanova', 'Bekov', 'Omurzakova', 'Sadykov', 'Toktogulova', 'Zhumabaev'])[1 + g % 6] || ' ' || g,
       DATE '2002-01-01' + (g % 1500), 'KG', '+996770' || lpad(g::text, 6, '0'), 'General Medicine', 7, 2 + g % 4,
       3.50 + (g % 150) / 100.0, 5, '[{"language": "en", "cefrLevel": "B2"}]', 1, now(), now()
FROM generate_series(1, :candidates) AS g;

-- submitted at one of 1,500 minutes: a few applications share their submission time
INSERT INTO application (id, call_id, applicant_subject, applicant_name, applicant_email, status, planned_start, planned_end, motivation,
                         receipt_number, submitted_at, profile_snapshot, eligibility, eligibility_decided_at, eligibility_decided_by,
                         created_at, updated_at)
SELECT md5('bench-selection-application-' || g)::uuid, '00000000-0000-4000-8000-0000000ca113', p.user_subject,
       p.given_name || ' ' || p.family_name, p.email, 'SUBMITTED', DATE '2027-02-01', DATE '2027-06-30', 'Generated for the benchmark',
       'BENCH-SEL-' || lpad(g::text, 6, '0'), now() - interval '40 days' + ((g * 37) % 1500) * interval '1 minute',
       jsonb_build_object('saved', true, 'username', p.username, 'email', p.email, 'givenName', p.given_name, 'familyName', p.family_name,
                          'citizenship', p.citizenship, 'studyCycle', p.study_cycle, 'yearOfStudy', p.year_of_study,
                          'gradeAverage', p.grade_average, 'gradeScale', p.grade_scale, 'languages', p.languages),
       'ELIGIBLE', now() - interval '12 hours', 'bench', now() - interval '41 days', now()
FROM generate_series(1, :candidates) AS g
JOIN applicant_profile p ON p.user_subject = 'bench-selection-' || g;

-- first choice among partners 0..6, then +3 and +6 (mod 10): three distinct partners
INSERT INTO application_preference (application_id, rank, partner_institution_id)
SELECT md5('bench-selection-application-' || g)::uuid, r, p.id
FROM generate_series(1, :candidates) AS g, generate_series(1, 3) AS r
JOIN bench_selection_partner p ON true
WHERE p.n = (g % 7 + (r - 1) * 3) % 10;

INSERT INTO app_user (subject, username, display_name, email, roles, first_seen_at, last_seen_at)
SELECT 'bench-evaluator-' || e, 'bench-evaluator-' || e, 'Bench Evaluator ' || e, 'evaluator' || e || '@bench.example', '{evaluator}',
       now() - interval '90 days', now() - interval '2 days'
FROM generate_series(1, 2) AS e;
INSERT INTO evaluation_panel (call_id, min_evaluations, assignment_mode, updated_at, updated_by)
VALUES ('00000000-0000-4000-8000-0000000ca113', 2, 'ALL', now() - interval '20 hours', 'bench');
INSERT INTO panel_member (call_id, evaluator_subject, added_at, added_by)
SELECT '00000000-0000-4000-8000-0000000ca113', 'bench-evaluator-' || e, now() - interval '20 hours', 'bench'
FROM generate_series(1, 2) AS e;

INSERT INTO conflict_declaration (application_id, evaluator_subject, call_id, conflict, declared_at)
SELECT md5('bench-selection-application-' || g)::uuid, 'bench-evaluator-' || e, '00000000-0000-4000-8000-0000000ca113', false,
       now() - interval '10 hours'
FROM generate_series(1, :candidates) AS g, generate_series(1, 2) AS e;
-- a score 0..10 per criterion 0..3 from a byte of md5(application, evaluator, criterion)
INSERT INTO evaluation (application_id, evaluator_subject, call_id, status, scores, submitted_at, version, updated_at)
SELECT md5('bench-selection-application-' || g)::uuid, 'bench-evaluator-' || e, '00000000-0000-4000-8000-0000000ca113', 'SUBMITTED',
       (SELECT jsonb_agg(jsonb_build_object('criterion', c, 'score', get_byte(decode(md5(g || '-' || e || '-' || c), 'hex'), 0) % 11) ORDER BY c)
        FROM generate_series(0, 3) AS c),
       now() - interval '6 hours', 2, now() - interval '6 hours'
FROM generate_series(1, :candidates) AS g, generate_series(1, 2) AS e;
COMMIT;
ANALYZE applicant_profile;
ANALYZE application;
ANALYZE application_preference;
ANALYZE conflict_declaration;
ANALYZE evaluation;
