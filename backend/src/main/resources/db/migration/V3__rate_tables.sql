-- Rate tables of the KA171 grant calculator (DOMAIN-KA171.md §2, §4–§6): one version per call year and edit, one
-- value per rate item. Every rate is data: an administrator's edit makes a new version (who, when, why), a version can
-- be marked final, and a calculation names the version it used. Versions are never changed once written.
--
-- A row of rate_value maps to org.mobilitydesk.grant.RateValue: item is a RateItem, qualifier its flow, step, travel
-- mode, mobility type or band lower bound in km ('' when the item has none), amount is NULL exactly when the value is
-- unknown. A travel band runs from its qualifier up to the next TRAVEL_STANDARD qualifier; a band without a
-- TRAVEL_GREEN row has no green rate (green travellers get the standard amount).

CREATE TABLE rate_table (
    id          uuid          NOT NULL,
    call_year   integer       NOT NULL,
    version     integer       NOT NULL,
    status      varchar(10)   NOT NULL DEFAULT 'DRAFT',
    reason      varchar(1000) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    created_by  varchar(100)  NOT NULL,
    CONSTRAINT rate_table_pk PRIMARY KEY (id),
    CONSTRAINT rate_table_version_key UNIQUE (call_year, version),
    CONSTRAINT rate_table_call_year_check CHECK (call_year BETWEEN 2021 AND 2100),
    CONSTRAINT rate_table_version_check CHECK (version >= 1),
    CONSTRAINT rate_table_status_check CHECK (status IN ('DRAFT', 'FINAL'))
);
COMMENT ON TABLE rate_table IS 'One version of the KA171 rates of a call year; a new version per edit, never updated in place except its status.';
COMMENT ON COLUMN rate_table.version IS 'Numbered from 1 per call year.';
COMMENT ON COLUMN rate_table.status IS 'DRAFT while values may still be unknown or unchecked; FINAL once the administrator confirmed the version.';
COMMENT ON COLUMN rate_table.reason IS 'Why this version was made (the seed, or the administrator''s edit).';

CREATE TABLE rate_value (
    rate_table_id uuid          NOT NULL,
    item          varchar(40)   NOT NULL,
    qualifier     varchar(30)   NOT NULL DEFAULT '',
    amount        numeric(10,2),
    confidence    varchar(10)   NOT NULL,
    source_note   varchar(1000) NOT NULL,
    CONSTRAINT rate_value_pk PRIMARY KEY (rate_table_id, item, qualifier),
    CONSTRAINT rate_value_rate_table_fk FOREIGN KEY (rate_table_id) REFERENCES rate_table (id),
    CONSTRAINT rate_value_confidence_check CHECK (confidence IN ('CONFIRMED', 'PROBABLE', 'UNKNOWN')),
    CONSTRAINT rate_value_unknown_check CHECK ((amount IS NULL) = (confidence = 'UNKNOWN')),
    CONSTRAINT rate_value_amount_check CHECK (amount >= 0),
    CONSTRAINT rate_value_qualifier_check CHECK (CASE
        WHEN item IN ('LONG_TERM_STUDENT_MONTH', 'STAFF_DAY')
            THEN qualifier IN ('PROGRAMME_TO_PARTNER', 'PARTNER_TO_GROUP_1', 'PARTNER_TO_GROUP_2', 'PARTNER_TO_GROUP_3')
        WHEN item = 'SHORT_TERM_STUDENT_DAY' THEN qualifier IN ('FIRST_14_DAYS', 'FROM_DAY_15')
        WHEN item IN ('TRAVEL_STANDARD', 'TRAVEL_GREEN') THEN qualifier ~ '^[1-9][0-9]{0,4}$'
        WHEN item IN ('TRAVEL_DAYS', 'LONG_TERM_TRAVEL_DAYS') THEN qualifier IN ('STANDARD', 'GREEN')
        WHEN item = 'FEWER_OPPORTUNITIES_SHORT_TERM' THEN qualifier IN ('DAYS_5_14', 'DAYS_15_30')
        WHEN item IN ('DURATION_MIN', 'DURATION_MAX')
            THEN qualifier IN ('STUDENT_STUDIES', 'STUDENT_TRAINEESHIP', 'SHORT_TERM_BLENDED', 'SHORT_TERM_DOCTORAL', 'STAFF_TEACHING', 'STAFF_TRAINING')
        WHEN item IN ('STAFF_PERCENT_FROM_DAY_15', 'FEWER_OPPORTUNITIES_LONG_TERM_MONTH', 'INCLUSION_SUPPORT', 'ORGANISATIONAL_SUPPORT')
            THEN qualifier = ''
        ELSE false
    END)
);
COMMENT ON TABLE rate_value IS 'One value of a rate-table version: item + qualifier, amount (NULL = unknown), confidence and source.';
COMMENT ON COLUMN rate_value.amount IS 'EUR for money items; a number of days for TRAVEL_DAYS, LONG_TERM_TRAVEL_DAYS and non-long-term durations; months for long-term durations; a percentage for STAFF_PERCENT_FROM_DAY_15.';
COMMENT ON COLUMN rate_value.confidence IS 'CONFIRMED in a published source for the call year, PROBABLE (consistent with confirmed figures), UNKNOWN (no source: amount is NULL).';

-- ---------------------------------------------------------------- seed: version 1 of calls 2022-2025, from DOMAIN-KA171.md

INSERT INTO rate_table (id, call_year, version, status, reason, created_by)
SELECT gen_random_uuid(), y, 1, 'DRAFT',
       'Seeded from DOMAIN-KA171.md sections 2, 4, 5 and 6; unknown values stay empty until an administrator enters them.',
       'migration V3'
FROM generate_series(2022, 2025) AS y;

-- Each row applies to the call years first_year..last_year, as the columns of DOMAIN-KA171.md's tables do.
INSERT INTO rate_value (rate_table_id, item, qualifier, amount, confidence, source_note)
SELECT t.id, s.item, s.qualifier, s.amount, s.confidence, s.source_note
FROM (VALUES
    -- §4 long-term students (studies, traineeships), EUR per month
    (2022, 2025, 'LONG_TERM_STUDENT_MONTH', 'PROGRAMME_TO_PARTNER', 700, 'CONFIRMED', 'DOMAIN-KA171 §4: programme country to partner country (regions 1-12), EUR 700 a month; confirmed for calls 2022-2023 and 2024-2025.'),
    (2022, 2023, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_1', 900, 'PROBABLE', 'DOMAIN-KA171 §4: partner country to receiving group 1, EUR 900 a month; confirmed for 2024-2025, not seen verbatim for 2022-2023.'),
    (2024, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_1', 900, 'CONFIRMED', 'DOMAIN-KA171 §4: partner country to receiving group 1, EUR 900 a month; confirmed for calls 2024-2025.'),
    (2022, 2023, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_2', 850, 'CONFIRMED', 'DOMAIN-KA171 §4: partner country to receiving group 2, EUR 850 a month; confirmed for calls 2022-2023.'),
    (2024, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_2', 850, 'PROBABLE', 'DOMAIN-KA171 §4: partner country to receiving group 2, EUR 850 a month; confirmed for 2022-2023, not seen verbatim for 2024-2025.'),
    (2022, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_3', 800, 'PROBABLE', 'DOMAIN-KA171 §4: partner country to receiving group 3, EUR 800 a month; consistent with groups 1 and 2, not seen verbatim for any call year.'),
    -- §4 short-term students (blended, doctoral), EUR per day
    (2022, 2022, 'SHORT_TERM_STUDENT_DAY', 'FIRST_14_DAYS', 70, 'PROBABLE', 'DOMAIN-KA171 §4: EUR 70 a day for days 1-14 in calls 2021-2022; confirmed for KA131, not for KA171.'),
    (2022, 2022, 'SHORT_TERM_STUDENT_DAY', 'FROM_DAY_15', 50, 'PROBABLE', 'DOMAIN-KA171 §4: EUR 50 a day from day 15 in calls 2021-2022; confirmed for KA131, not for KA171.'),
    (2023, 2023, 'SHORT_TERM_STUDENT_DAY', 'FIRST_14_DAYS', 79, 'PROBABLE', 'DOMAIN-KA171 §4: EUR 79 a day for days 1-14; confirmed for 2024-2025, probably 2023 too (after the 12.27 % raise of 2023).'),
    (2023, 2023, 'SHORT_TERM_STUDENT_DAY', 'FROM_DAY_15', 56, 'PROBABLE', 'DOMAIN-KA171 §4: EUR 56 a day from day 15; confirmed for 2024-2025, probably 2023 too (after the 12.27 % raise of 2023).'),
    (2024, 2025, 'SHORT_TERM_STUDENT_DAY', 'FIRST_14_DAYS', 79, 'CONFIRMED', 'DOMAIN-KA171 §4: EUR 79 a day for days 1-14; confirmed for calls 2024-2025.'),
    (2024, 2025, 'SHORT_TERM_STUDENT_DAY', 'FROM_DAY_15', 56, 'CONFIRMED', 'DOMAIN-KA171 §4: EUR 56 a day from day 15 to day 30; confirmed for calls 2024-2025.'),
    -- §4 staff (teaching, training), EUR per day
    (2022, 2023, 'STAFF_DAY', 'PROGRAMME_TO_PARTNER', 180, 'CONFIRMED', 'DOMAIN-KA171 §4: programme country to partner country, EUR 180 a day; confirmed for calls 2021-2023.'),
    (2024, 2024, 'STAFF_DAY', 'PROGRAMME_TO_PARTNER', 190, 'CONFIRMED', 'DOMAIN-KA171 §4: programme country to partner country, EUR 190 a day; confirmed for call 2024 (stays up to 14 days).'),
    (2025, 2025, 'STAFF_DAY', 'PROGRAMME_TO_PARTNER', NULL, 'UNKNOWN', 'DOMAIN-KA171 §4: no source for call 2025; the 2024 rate must not be carried over without one.'),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_1', 180, 'PROBABLE', 'DOMAIN-KA171 §4: partner country to receiving group 1, EUR 180 a day in calls 2021-2023; not seen verbatim.'),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_2', 160, 'PROBABLE', 'DOMAIN-KA171 §4: partner country to receiving group 2, EUR 160 a day in calls 2021-2023; not seen verbatim.'),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_3', 140, 'CONFIRMED', 'DOMAIN-KA171 §4: partner country to receiving group 3, EUR 140 a day; confirmed for calls 2021-2023.'),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_1', NULL, 'UNKNOWN', 'DOMAIN-KA171 §4: no source for calls 2024-2025 (most rates rose by 5.9 % in 2024).'),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_2', NULL, 'UNKNOWN', 'DOMAIN-KA171 §4: no source for calls 2024-2025 (most rates rose by 5.9 % in 2024).'),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_3', NULL, 'UNKNOWN', 'DOMAIN-KA171 §4: no source for calls 2024-2025 (most rates rose by 5.9 % in 2024).'),
    (2022, 2025, 'STAFF_PERCENT_FROM_DAY_15', '', 70, 'PROBABLE', 'DOMAIN-KA171 §4: from day 15 to day 60 the staff day rate is paid at 70 %; confirmed for the previous programme and KA131, not for KA171.'),
    -- §5 travel support by distance band (lower bound in km, included), EUR for the return journey
    (2022, 2023, 'TRAVEL_STANDARD', '10', 23, 'CONFIRMED', 'DOMAIN-KA171 §5: 10-99 km, EUR 23 (EUR 20 was the previous programme''s); confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '100', 180, 'CONFIRMED', 'DOMAIN-KA171 §5: 100-499 km, EUR 180; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '500', 275, 'CONFIRMED', 'DOMAIN-KA171 §5: 500-1999 km, EUR 275; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '2000', 360, 'CONFIRMED', 'DOMAIN-KA171 §5: 2000-2999 km, EUR 360; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '3000', 530, 'CONFIRMED', 'DOMAIN-KA171 §5: 3000-3999 km, EUR 530; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '4000', 820, 'CONFIRMED', 'DOMAIN-KA171 §5: 4000-7999 km, EUR 820; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_STANDARD', '8000', 1500, 'CONFIRMED', 'DOMAIN-KA171 §5: 8000 km and more, EUR 1500; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_GREEN', '100', 210, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 100-499 km, EUR 210; confirmed for calls 2021-2023. No green rate for 10-99 km or from 4000 km.'),
    (2022, 2023, 'TRAVEL_GREEN', '500', 320, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 500-1999 km, EUR 320; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_GREEN', '2000', 410, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 2000-2999 km, EUR 410; confirmed for calls 2021-2023.'),
    (2022, 2023, 'TRAVEL_GREEN', '3000', 610, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 3000-3999 km, EUR 610; confirmed for calls 2021-2023.'),
    (2024, 2025, 'TRAVEL_STANDARD', '10', 28, 'CONFIRMED', 'DOMAIN-KA171 §5: 10-99 km, EUR 28; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '100', 211, 'CONFIRMED', 'DOMAIN-KA171 §5: 100-499 km, EUR 211; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '500', 309, 'CONFIRMED', 'DOMAIN-KA171 §5: 500-1999 km, EUR 309; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '2000', 395, 'CONFIRMED', 'DOMAIN-KA171 §5: 2000-2999 km, EUR 395; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '3000', 580, 'CONFIRMED', 'DOMAIN-KA171 §5: 3000-3999 km, EUR 580; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '4000', 1188, 'CONFIRMED', 'DOMAIN-KA171 §5: 4000-7999 km, EUR 1188; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_STANDARD', '8000', 1735, 'CONFIRMED', 'DOMAIN-KA171 §5: 8000 km and more, EUR 1735; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_GREEN', '10', 56, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 10-99 km, EUR 56; confirmed for calls 2024-2025. No green rate from 4000 km.'),
    (2024, 2025, 'TRAVEL_GREEN', '100', 285, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 100-499 km, EUR 285; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_GREEN', '500', 417, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 500-1999 km, EUR 417; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_GREEN', '2000', 535, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 2000-2999 km, EUR 535; confirmed for calls 2024-2025.'),
    (2024, 2025, 'TRAVEL_GREEN', '3000', 785, 'CONFIRMED', 'DOMAIN-KA171 §5: green travel 3000-3999 km, EUR 785; confirmed for calls 2024-2025.'),
    -- §2 travel days added to individual support
    (2022, 2025, 'TRAVEL_DAYS', 'STANDARD', 2, 'CONFIRMED', 'DOMAIN-KA171 §2: up to 2 travel days (one before, one after the activity); the general rule.'),
    (2022, 2025, 'TRAVEL_DAYS', 'GREEN', 6, 'CONFIRMED', 'DOMAIN-KA171 §2: up to 6 travel days in total with green travel; the general rule.'),
    (2022, 2025, 'LONG_TERM_TRAVEL_DAYS', 'STANDARD', NULL, 'UNKNOWN', 'DOMAIN-KA171 §2: whether KA171 long-term students get travel days is not confirmed.'),
    (2022, 2025, 'LONG_TERM_TRAVEL_DAYS', 'GREEN', NULL, 'UNKNOWN', 'DOMAIN-KA171 §2: whether KA171 long-term students get green travel days is not confirmed.'),
    -- §6 top-ups (to the participant), inclusion and organisational support (to the institution)
    (2022, 2025, 'FEWER_OPPORTUNITIES_LONG_TERM_MONTH', '', 250, 'PROBABLE', 'DOMAIN-KA171 §6: EUR 250 a month for long-term students with fewer opportunities; confirmed for KA131, probable for KA171.'),
    (2022, 2023, 'FEWER_OPPORTUNITIES_SHORT_TERM', 'DAYS_5_14', NULL, 'UNKNOWN', 'DOMAIN-KA171 §6 gives the short-term top-up for calls 2024-2025 only.'),
    (2022, 2023, 'FEWER_OPPORTUNITIES_SHORT_TERM', 'DAYS_15_30', NULL, 'UNKNOWN', 'DOMAIN-KA171 §6 gives the short-term top-up for calls 2024-2025 only.'),
    (2024, 2025, 'FEWER_OPPORTUNITIES_SHORT_TERM', 'DAYS_5_14', 100, 'CONFIRMED', 'DOMAIN-KA171 §6: EUR 100 once for 5-14 days; confirmed for calls 2024-2025.'),
    (2024, 2025, 'FEWER_OPPORTUNITIES_SHORT_TERM', 'DAYS_15_30', 150, 'CONFIRMED', 'DOMAIN-KA171 §6: EUR 150 once for 15-30 days; confirmed for calls 2024-2025.'),
    (2022, 2025, 'INCLUSION_SUPPORT', '', NULL, 'UNKNOWN', 'DOMAIN-KA171 §6: unknown for KA171 (EUR 125 in KA131 2024, not to be assumed here).'),
    (2022, 2025, 'ORGANISATIONAL_SUPPORT', '', NULL, 'UNKNOWN', 'DOMAIN-KA171 §6: configurable, unknown for KA171 (EUR 350 in the previous programme, not to be assumed here).'),
    -- §2 durations: months (30-day) for long-term students, days otherwise, travel days excluded
    (2022, 2025, 'DURATION_MIN', 'STUDENT_STUDIES', 2, 'CONFIRMED', 'DOMAIN-KA171 §2: studies last 2-12 months (institutions often publish 3-12).'),
    (2022, 2025, 'DURATION_MAX', 'STUDENT_STUDIES', 12, 'CONFIRMED', 'DOMAIN-KA171 §2: studies last 2-12 months.'),
    (2022, 2025, 'DURATION_MIN', 'STUDENT_TRAINEESHIP', 2, 'PROBABLE', 'DOMAIN-KA171 §2: traineeships last 2-12 months; probable.'),
    (2022, 2025, 'DURATION_MAX', 'STUDENT_TRAINEESHIP', 12, 'PROBABLE', 'DOMAIN-KA171 §2: traineeships last 2-12 months; probable.'),
    (2022, 2023, 'DURATION_MIN', 'SHORT_TERM_BLENDED', 5, 'PROBABLE', 'DOMAIN-KA171 §2: blended physical part 5-30 days; confirmed for 2024-2025 only.'),
    (2022, 2023, 'DURATION_MAX', 'SHORT_TERM_BLENDED', 30, 'PROBABLE', 'DOMAIN-KA171 §2: blended physical part 5-30 days; confirmed for 2024-2025 only.'),
    (2024, 2025, 'DURATION_MIN', 'SHORT_TERM_BLENDED', 5, 'CONFIRMED', 'DOMAIN-KA171 §2: blended physical part 5-30 days; confirmed for calls 2024-2025.'),
    (2024, 2025, 'DURATION_MAX', 'SHORT_TERM_BLENDED', 30, 'CONFIRMED', 'DOMAIN-KA171 §2: blended physical part 5-30 days; confirmed for calls 2024-2025.'),
    (2022, 2023, 'DURATION_MIN', 'SHORT_TERM_DOCTORAL', 5, 'PROBABLE', 'DOMAIN-KA171 §2: short-term doctoral 5-30 days; confirmed for 2024-2025 only.'),
    (2022, 2023, 'DURATION_MAX', 'SHORT_TERM_DOCTORAL', 30, 'PROBABLE', 'DOMAIN-KA171 §2: short-term doctoral 5-30 days; confirmed for 2024-2025 only.'),
    (2024, 2025, 'DURATION_MIN', 'SHORT_TERM_DOCTORAL', 5, 'CONFIRMED', 'DOMAIN-KA171 §2: short-term doctoral 5-30 days; confirmed for calls 2024-2025.'),
    (2024, 2025, 'DURATION_MAX', 'SHORT_TERM_DOCTORAL', 30, 'CONFIRMED', 'DOMAIN-KA171 §2: short-term doctoral 5-30 days; confirmed for calls 2024-2025.'),
    (2022, 2025, 'DURATION_MIN', 'STAFF_TEACHING', 5, 'CONFIRMED', 'DOMAIN-KA171 §2: teaching 5-60 days excluding travel.'),
    (2022, 2025, 'DURATION_MAX', 'STAFF_TEACHING', 60, 'CONFIRMED', 'DOMAIN-KA171 §2: teaching 5-60 days excluding travel.'),
    (2022, 2025, 'DURATION_MIN', 'STAFF_TRAINING', 5, 'CONFIRMED', 'DOMAIN-KA171 §2: training 5-60 days excluding travel.'),
    (2022, 2025, 'DURATION_MAX', 'STAFF_TRAINING', 60, 'CONFIRMED', 'DOMAIN-KA171 §2: training 5-60 days excluding travel.')
) AS s (first_year, last_year, item, qualifier, amount, confidence, source_note)
JOIN rate_table t ON t.version = 1 AND t.call_year BETWEEN s.first_year AND s.last_year;
