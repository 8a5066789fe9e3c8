-- Bench data for applications (psql variables: applicants, listed): two published calls of the bench home institution
-- with places at the same ten partners, each asking for a PDF transcript (profiles at version 1: saved by their owners):
--   bench call 1 (open for a month): the profiles of the applicants bench-applicant-0001... (the bench realm's users),
--     complete, so that each can create, fill and submit an application while measured;
--   bench call 2 (closed yesterday): :listed submitted applications of as many generated people, one to three ranked
--     preferences each, a quarter decided eligible and a tenth ineligible, for the coordinator's list.
BEGIN;
CREATE TEMP TABLE bench_call_partner AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM institution WHERE NOT home AND status = 'ACTIVE' ORDER BY id LIMIT 10;
INSERT INTO mobility_call (id, status, title, description, mobility_type, direction, academic_year, eligibility, documents, criteria,
                           max_preferences, opens_at, deadline, published_at, published_by, created_at, created_by, updated_at, updated_by)
SELECT c.id, 'PUBLISHED', jsonb_build_object('en', c.title), '{"en": "Generated for the benchmark"}', 'STUDENT_STUDIES', 'OUTGOING',
       '2026/2027', '{"eqfLevels": [], "languages": [], "staffCategories": []}',
       '[{"type": "TRANSCRIPT_OF_RECORDS", "label": {}, "mandatory": true, "formats": ["PDF"], "maxSizeBytes": 5242880}]',
       '[{"name": {"en": "Grade average"}, "weight": 100, "maxScore": 10}]', 3,
       now() - interval '60 days', c.deadline, now() - interval '60 days', 'bench', now(), 'bench', now(), 'bench'
FROM (VALUES ('00000000-0000-4000-8000-0000000ca111'::uuid, 'Bench call 1: the deadline hour', now() + interval '30 days'),
             ('00000000-0000-4000-8000-0000000ca112'::uuid, 'Bench call 2: the coordinator''s list', now() - interval '1 day'))
     AS c (id, title, deadline);
INSERT INTO mobility_call_place (call_id, position, partner_institution_id, places, override_reason)
  SELECT c.id, p.n, p.id, 5, 'Generated for the benchmark'
  FROM bench_call_partner p CROSS JOIN (VALUES ('00000000-0000-4000-8000-0000000ca111'::uuid), ('00000000-0000-4000-8000-0000000ca112'::uuid)) AS c (id);

INSERT INTO applicant_profile (user_subject, username, email, given_name, family_name, date_of_birth, citizenship, phone,
                               study_programme, study_cycle, year_of_study, grade_average, grade_scale, languages, version, created_at, updated_at)
SELECT md5(u.username)::uuid::text, u.username, u.username || '@bench.example', 'Bench', 'Applicant ' || lpad(g::text, 4, '0'),
       DATE '2003-01-01' + (g % 1500), 'KG', '+996555' || lpad(g::text, 6, '0'), 'General Medicine', 7, 2 + g % 4,
       3.50 + (g % 150) / 100.0, 5, '[{"language": "en", "cefrLevel": "B2"}]', 1, now(), now()
FROM generate_series(1, :applicants) AS g, LATERAL (SELECT 'bench-applicant-' || lpad(g::text, 4, '0') AS username) AS u;

INSERT INTO applicant_profile (user_subject, username, email, given_name, family_name, date_of_birth, citizenship, phone,
                               study_programme, study_cycle, year_of_study, grade_average, grade_scale, languages, version, created_at, updated_at)
SELECT 'bench-listed-' || g, 'bench-listed-' || g, 'listed' || g || '@bench.example',
       (ARRAY['Aigerim', 'Nurlan', 'Elnura', 'Azamat', 'Dinara', 'Bakyt', 'Zhanna', 'Timur'])[1 + g % 8],
       (ARRAY['Asanova', 'Bekov', 'Omurzakova', 'Sadykov', 'Toktogulova', 'Zhumabaev'])[1 + g % 6] || ' ' || g,
       DATE '2002-01-01' + (g % 1500), 'KG', '+996700' || lpad(g::text, 6, '0'), 'General Medicine', 7, 2 + g % 4,
       3.50 + (g % 150) / 100.0, 5, '[{"language": "en", "cefrLevel": "B2"}]', 1, now(), now()
FROM generate_series(1, :listed) AS g;

INSERT INTO application (id, call_id, applicant_subject, applicant_name, applicant_email, status, planned_start, planned_end, motivation,
                         receipt_number, submitted_at, withdrawn_at, profile_snapshot, eligibility, eligibility_reason, eligibility_decided_at,
                         eligibility_decided_by, created_at, updated_at)
SELECT md5('bench-application-' || p.user_subject)::uuid, '00000000-0000-4000-8000-0000000ca112', p.user_subject,
       p.given_name || ' ' || p.family_name, p.email, CASE WHEN g % 50 = 3 THEN 'WITHDRAWN' ELSE 'SUBMITTED' END,
       DATE '2027-02-01', DATE '2027-06-30', 'Generated for the benchmark',
       'BENCH-' || lpad(g::text, 6, '0'), now() - interval '2 days' + g * interval '1 second',
       CASE WHEN g % 50 = 3 THEN now() - interval '1 day' END,
       jsonb_build_object('saved', true, 'username', p.username, 'email', p.email, 'givenName', p.given_name, 'familyName', p.family_name,
                          'citizenship', p.citizenship, 'studyCycle', p.study_cycle, 'yearOfStudy', p.year_of_study,
                          'gradeAverage', p.grade_average, 'gradeScale', p.grade_scale, 'languages', p.languages),
       d.eligibility, CASE WHEN d.eligibility = 'INELIGIBLE' THEN 'Grade average below the minimum' END,
       CASE WHEN d.eligibility <> 'PENDING' THEN now() END, CASE WHEN d.eligibility <> 'PENDING' THEN 'bench' END,
       now() - interval '3 days', now()
FROM generate_series(1, :listed) AS g
JOIN applicant_profile p ON p.user_subject = 'bench-listed-' || g,
LATERAL (SELECT CASE WHEN g % 10 = 0 THEN 'INELIGIBLE' WHEN g % 4 = 0 THEN 'ELIGIBLE' ELSE 'PENDING' END AS eligibility) AS d;

INSERT INTO application_preference (application_id, rank, partner_institution_id)
SELECT md5('bench-application-bench-listed-' || g)::uuid, r, p.id
FROM generate_series(1, :listed) AS g, generate_series(1, 1 + g % 3) AS r
JOIN bench_call_partner p ON true
WHERE p.n = (g * 7 + r * 3) % 10;
COMMIT;
ANALYZE applicant_profile;
ANALYZE application;
ANALYZE application_preference;
