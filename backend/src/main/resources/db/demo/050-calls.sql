-- Demo data (profile "demo" only, loaded after the agreements): a published call for student studies in 2026/2027,
-- open from a week ago until 23:59:59 Bishkek time four months (120 days) from the first start, so applicants can apply for months, with places at Tartu (within the
-- agreement in force: two students a year) and Milan (its new agreement awaits Milan's approval, hence the override);
-- a draft staff-teaching call with Graz; and a call for short-term doctoral mobility at Tartu that opened 75 days and
-- closed 15 days before the first start, whose applications are under selection (060-selection.sql). Idempotent: calls
-- that exist are left as they are, so after the deadline the first demo call reads as closed too.
INSERT INTO mobility_call (id, status, title, description, mobility_type, direction, academic_year, eligibility, documents, criteria,
                           max_preferences, opens_at, deadline, published_at, published_by, created_at, created_by, updated_at, updated_by)
SELECT CAST(c.id AS uuid), c.status, CAST(c.title AS jsonb), CAST(c.description AS jsonb), c.mobility_type, 'OUTGOING', '2026/2027',
       CAST(c.eligibility AS jsonb), CAST(c.documents AS jsonb), CAST(c.criteria AS jsonb), c.max_preferences,
       date_trunc('day', now()) - CAST(c.opened AS interval),
       (date_trunc('day', now() AT TIME ZONE 'Asia/Bishkek') + CAST(c.closes AS interval) + interval '23:59:59') AT TIME ZONE 'Asia/Bishkek',
       CASE WHEN c.status = 'PUBLISHED' THEN date_trunc('day', now()) - CAST(c.opened AS interval) END,
       CASE WHEN c.status = 'PUBLISHED' THEN 'demo' END,
       now(), 'demo', now(), 'demo'
FROM (VALUES
    ('ca11de00-0000-4000-8000-000000000001', 'PUBLISHED',
     '{"en": "Erasmus+ semester exchange for medical students 2026/2027", "ru": "Семестровый обмен Erasmus+ для студентов-медиков 2026/2027", "ky": "Медицина студенттери үчүн Erasmus+ семестрдик алмашуу 2026/2027", "kk": "Медицина студенттеріне арналған Erasmus+ семестрлік алмасу 2026/2027"}',
     '{"en": "Spend the spring semester at the University of Tartu or the University of Milan. Tuition is waived at the host; the Erasmus+ grant covers travel and living costs. Rank up to two partners.", "ru": "Проведите весенний семестр в Тартуском или Миланском университете. Обучение в принимающем вузе бесплатно; грант Erasmus+ покрывает проезд и проживание. Выберите до двух партнёров по приоритету.", "ky": "Жазгы семестрди Тарту же Милан университетинде өткөрүңүз. Кабыл алуучу университетте окуу акысыз; Erasmus+ гранты жол жана жашоо чыгымдарын жабат. Эң көп эки өнөктөштү артыкчылык тартибинде тандаңыз.", "kk": "Көктемгі семестрді Тарту немесе Милан университетінде өткізіңіз. Қабылдаушы университетте оқу тегін; Erasmus+ гранты жол және тұру шығындарын өтейді. Ең көбі екі серіктесті басымдық ретімен таңдаңыз."}',
     'STUDENT_STUDIES',
     '{"eqfLevels": [7], "minimumYearOfStudy": 2, "minimumGrade": {"value": 4.00, "scaleMax": 5.00}, "languages": [{"language": "en", "cefrLevel": "B2"}], "staffCategories": []}',
     '[{"type": "MOTIVATION_LETTER", "label": {}, "mandatory": true, "formats": ["PDF"], "maxSizeBytes": 5242880},
       {"type": "TRANSCRIPT_OF_RECORDS", "label": {}, "mandatory": true, "formats": ["PDF"], "maxSizeBytes": 5242880},
       {"type": "LANGUAGE_CERTIFICATE", "label": {}, "mandatory": true, "formats": ["PDF", "JPEG", "PNG"], "maxSizeBytes": 5242880},
       {"type": "PASSPORT", "label": {}, "mandatory": false, "formats": ["PDF", "JPEG", "PNG"], "maxSizeBytes": 2097152}]',
     '[{"name": {"en": "Grade average", "ru": "Средний балл", "ky": "Орточо балл", "kk": "Орташа балл"}, "weight": 40, "maxScore": 10, "kind": "GRADE_AVERAGE"},
       {"name": {"en": "Motivation letter", "ru": "Мотивационное письмо", "ky": "Мотивациялык кат", "kk": "Мотивациялық хат"}, "weight": 30, "maxScore": 10,
        "description": {"en": "Clear goals for the stay and how it fits the studies", "ru": "Ясные цели поездки и их связь с учёбой", "ky": "Сапардын так максаттары жана алардын окуу менен байланышы", "kk": "Сапардың нақты мақсаттары және олардың оқумен байланысы"}},
       {"name": {"en": "Language competence", "ru": "Знание языка", "ky": "Тил билими", "kk": "Тіл білімі"}, "weight": 20, "maxScore": 10, "kind": "LANGUAGE_LEVEL", "language": "en"},
       {"name": {"en": "Social engagement", "ru": "Общественная активность", "ky": "Коомдук активдүүлүк", "kk": "Қоғамдық белсенділік"}, "weight": 10, "maxScore": 10}]',
     2, '7 days', '120 days'),
    ('ca11de00-0000-4000-8000-000000000002', 'DRAFT',
     '{"en": "Erasmus+ teaching mobility to FH JOANNEUM 2026/2027", "ru": "Преподавательская мобильность Erasmus+ в FH JOANNEUM 2026/2027", "ky": "FH JOANNEUM университетине Erasmus+ сабак берүү мобилдүүлүгү 2026/2027", "kk": "FH JOANNEUM университетіне Erasmus+ сабақ беру ұтқырлығы 2026/2027"}',
     '{"en": "One teaching week at FH JOANNEUM in Graz for an academic staff member: at least eight hours of teaching, agreed with the host in a teaching programme.", "ru": "Одна неделя преподавания в FH JOANNEUM в Граце для сотрудника из числа преподавателей: не менее восьми часов занятий по согласованной с принимающей стороной программе преподавания.", "ky": "Окутуучу үчүн Грацтагы FH JOANNEUM университетинде бир апта сабак берүү: кабыл алуучу тарап менен макулдашылган сабак берүү программасы боюнча кеминде сегиз саат сабак.", "kk": "Оқытушыға Грацтағы FH JOANNEUM университетінде бір апта сабақ беру: қабылдаушы тараппен келісілген сабақ беру бағдарламасы бойынша кемінде сегіз сағат сабақ."}',
     'STAFF_TEACHING',
     '{"eqfLevels": [], "languages": [{"language": "en", "cefrLevel": "B2"}], "staffCategories": ["ACADEMIC"]}',
     '[{"type": "TEACHING_PROGRAMME", "label": {}, "mandatory": true, "formats": ["PDF"], "maxSizeBytes": 5242880}]',
     '[]',
     1, '7 days', '120 days'),
    ('ca11de00-0000-4000-8000-000000000003', 'PUBLISHED',
     '{"en": "Erasmus+ short-term doctoral mobility at the University of Tartu 2026/2027", "ru": "Краткосрочная докторская мобильность Erasmus+ в Тартуском университете 2026/2027", "ky": "Тарту университетине Erasmus+ докторанттардын кыска мөөнөттүү мобилдүүлүгү 2026/2027", "kk": "Тарту университетіне Erasmus+ докторанттардың қысқа мерзімді ұтқырлығы 2026/2027"}',
     '{"en": "Two to four weeks of research at the University of Tartu for a doctoral candidate, with a supervisor at the host. Applications are closed and under selection.", "ru": "От двух до четырёх недель исследований в Тартуском университете для докторанта с научным руководителем в принимающем вузе. Приём заявок завершён, идёт отбор.", "ky": "Докторант үчүн Тарту университетинде кабыл алуучу тараптагы илимий жетекчи менен эки-төрт апталык изилдөө. Арыздарды кабыл алуу аяктады, тандоо жүрүп жатат.", "kk": "Докторантқа Тарту университетінде қабылдаушы тараптағы ғылыми жетекшімен екі-төрт апталық зерттеу. Өтінімдерді қабылдау аяқталды, іріктеу жүріп жатыр."}',
     'SHORT_TERM_DOCTORAL',
     '{"eqfLevels": [8], "languages": [{"language": "en", "cefrLevel": "B2"}], "staffCategories": []}',
     '[{"type": "MOTIVATION_LETTER", "label": {}, "mandatory": true, "formats": ["PDF"], "maxSizeBytes": 5242880}]',
     '[{"name": {"en": "Research plan", "ru": "План исследования", "ky": "Изилдөө планы", "kk": "Зерттеу жоспары"}, "weight": 60, "maxScore": 10},
       {"name": {"en": "Motivation letter", "ru": "Мотивационное письмо", "ky": "Мотивациялык кат", "kk": "Мотивациялық хат"}, "weight": 40, "maxScore": 10}]',
     1, '75 days', '-15 days')
) AS c (id, status, title, description, mobility_type, eligibility, documents, criteria, max_preferences, opened, closes)
ON CONFLICT (id) DO NOTHING;

INSERT INTO mobility_call_place (call_id, position, partner_institution_id, places, override_reason) VALUES
('ca11de00-0000-4000-8000-000000000001', 0, '0b6f3c1e-1d2a-4c0e-9a11-000000000002', 2, NULL),
('ca11de00-0000-4000-8000-000000000001', 1, '0b6f3c1e-1d2a-4c0e-9a11-000000000003', 1,
 'The 2025/2026-2029/2030 agreement with Milan is signed by IHSM and awaits Milan''s approval; Milan confirmed one place by e-mail.'),
('ca11de00-0000-4000-8000-000000000002', 0, '0b6f3c1e-1d2a-4c0e-9a11-000000000004', 1, NULL),
('ca11de00-0000-4000-8000-000000000003', 0, '0b6f3c1e-1d2a-4c0e-9a11-000000000002', 2,
 'Short-term doctoral mobility is not among the flows of the agreement with Tartu; Tartu confirmed two places by e-mail.')
ON CONFLICT (call_id, position) DO NOTHING;

-- The publications in the change log, with the calls as published (org.mobilitydesk.call.CallContent).
INSERT INTO mobility_call_change (call_id, at, actor, action, reason, changed_fields, content)
SELECT c.id, c.published_at, 'demo', 'PUBLISH', NULL, '{}',
       jsonb_build_object('title', c.title, 'description', c.description, 'mobilityType', c.mobility_type, 'direction', c.direction,
           'academicYear', c.academic_year, 'projectId', c.project_id,
           'places', (SELECT jsonb_agg(jsonb_build_object('partnerInstitutionId', p.partner_institution_id, 'places', p.places,
                                                          'overrideReason', p.override_reason) ORDER BY p.position)
                      FROM mobility_call_place p WHERE p.call_id = c.id),
           'eligibility', c.eligibility, 'documents', c.documents, 'criteria', c.criteria, 'maxPreferences', c.max_preferences,
           'opensAt', to_char(c.opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'deadline', to_char(c.deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
FROM mobility_call c
WHERE c.id IN ('ca11de00-0000-4000-8000-000000000001', 'ca11de00-0000-4000-8000-000000000003') AND c.status = 'PUBLISHED'
  AND NOT EXISTS (SELECT 1 FROM mobility_call_change x WHERE x.call_id = c.id);
