-- Sources of rates as data the SPA translates (issue 11): an edition of the Erasmus+ Programme Guide (Part B, Key
-- Action 1, mobility of higher education students and staff) and how the value relates to it, or the international
-- office; the administrator's own note stays, shown as written. The seed of V3 wrote developers' notes instead; this
-- migration replaces them in every version that still carries them (the values themselves are not touched), and the
-- versions V3 made say so by a flag instead of a reason and an author only developers understood.

ALTER TABLE rate_value
    ADD COLUMN source_kind    varchar(25),
    ADD COLUMN source_edition integer,
    ALTER COLUMN source_note DROP NOT NULL;

-- The source of each seeded value, for the call years first_year..last_year; edition NULL is the call year's own guide,
-- qualifier NULL every qualifier of the item (the travel bands).
CREATE TEMPORARY TABLE seed_source (first_year integer, last_year integer, item varchar(40), qualifier varchar(30),
                                    kind varchar(25), edition integer) ON COMMIT DROP;
INSERT INTO seed_source VALUES
    (2022, 2025, 'LONG_TERM_STUDENT_MONTH', 'PROGRAMME_TO_PARTNER', 'PROGRAMME_GUIDE', NULL),
    (2022, 2023, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_1', 'PROGRAMME_GUIDE', 2024),
    (2024, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_1', 'PROGRAMME_GUIDE', NULL),
    (2022, 2023, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_2', 'PROGRAMME_GUIDE', NULL),
    (2024, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_2', 'PROGRAMME_GUIDE', 2023),
    (2022, 2025, 'LONG_TERM_STUDENT_MONTH', 'PARTNER_TO_GROUP_3', 'INFERRED', NULL),
    (2022, 2022, 'SHORT_TERM_STUDENT_DAY', NULL, 'PROGRAMME_GUIDE_KA131', NULL),
    (2023, 2023, 'SHORT_TERM_STUDENT_DAY', NULL, 'PROGRAMME_GUIDE', 2024),
    (2024, 2025, 'SHORT_TERM_STUDENT_DAY', NULL, 'PROGRAMME_GUIDE', NULL),
    (2022, 2024, 'STAFF_DAY', 'PROGRAMME_TO_PARTNER', 'PROGRAMME_GUIDE', NULL),
    (2025, 2025, 'STAFF_DAY', 'PROGRAMME_TO_PARTNER', 'NOT_PUBLISHED', NULL),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_1', 'INFERRED', NULL),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_2', 'INFERRED', NULL),
    (2022, 2023, 'STAFF_DAY', 'PARTNER_TO_GROUP_3', 'PROGRAMME_GUIDE', NULL),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_1', 'NOT_PUBLISHED', NULL),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_2', 'NOT_PUBLISHED', NULL),
    (2024, 2025, 'STAFF_DAY', 'PARTNER_TO_GROUP_3', 'NOT_PUBLISHED', NULL),
    (2022, 2025, 'STAFF_PERCENT_FROM_DAY_15', NULL, 'PROGRAMME_GUIDE_KA131', NULL),
    (2022, 2025, 'TRAVEL_STANDARD', NULL, 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'TRAVEL_GREEN', NULL, 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'TRAVEL_DAYS', NULL, 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'LONG_TERM_TRAVEL_DAYS', NULL, 'NOT_PUBLISHED', NULL),
    (2022, 2025, 'FEWER_OPPORTUNITIES_LONG_TERM_MONTH', NULL, 'PROGRAMME_GUIDE_KA131', NULL),
    (2022, 2023, 'FEWER_OPPORTUNITIES_SHORT_TERM', NULL, 'NOT_PUBLISHED', NULL),
    (2024, 2025, 'FEWER_OPPORTUNITIES_SHORT_TERM', NULL, 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'INCLUSION_SUPPORT', NULL, 'NOT_PUBLISHED', NULL),
    (2022, 2025, 'ORGANISATIONAL_SUPPORT', NULL, 'NOT_PUBLISHED', NULL),
    (2022, 2025, 'DURATION_MIN', 'STUDENT_STUDIES', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MAX', 'STUDENT_STUDIES', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MIN', 'STUDENT_TRAINEESHIP', 'INFERRED', NULL),
    (2022, 2025, 'DURATION_MAX', 'STUDENT_TRAINEESHIP', 'INFERRED', NULL),
    (2022, 2023, 'DURATION_MIN', 'SHORT_TERM_BLENDED', 'PROGRAMME_GUIDE', 2024),
    (2022, 2023, 'DURATION_MAX', 'SHORT_TERM_BLENDED', 'PROGRAMME_GUIDE', 2024),
    (2022, 2023, 'DURATION_MIN', 'SHORT_TERM_DOCTORAL', 'PROGRAMME_GUIDE', 2024),
    (2022, 2023, 'DURATION_MAX', 'SHORT_TERM_DOCTORAL', 'PROGRAMME_GUIDE', 2024),
    (2024, 2025, 'DURATION_MIN', 'SHORT_TERM_BLENDED', 'PROGRAMME_GUIDE', NULL),
    (2024, 2025, 'DURATION_MAX', 'SHORT_TERM_BLENDED', 'PROGRAMME_GUIDE', NULL),
    (2024, 2025, 'DURATION_MIN', 'SHORT_TERM_DOCTORAL', 'PROGRAMME_GUIDE', NULL),
    (2024, 2025, 'DURATION_MAX', 'SHORT_TERM_DOCTORAL', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MIN', 'STAFF_TEACHING', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MAX', 'STAFF_TEACHING', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MIN', 'STAFF_TRAINING', 'PROGRAMME_GUIDE', NULL),
    (2022, 2025, 'DURATION_MAX', 'STAFF_TRAINING', 'PROGRAMME_GUIDE', NULL);

-- A value keeps the seed's source only while it is the seed's value (amount, confidence and note of V3's version 1).
UPDATE rate_value v
SET source_kind = s.kind, source_edition = COALESCE(s.edition, t.call_year), source_note = NULL
FROM rate_table t, seed_source s, rate_table seed_table, rate_value seed
WHERE t.id = v.rate_table_id
  AND s.item = v.item AND (s.qualifier IS NULL OR s.qualifier = v.qualifier) AND t.call_year BETWEEN s.first_year AND s.last_year
  AND seed_table.call_year = t.call_year AND seed_table.version = 1 AND seed_table.created_by = 'migration V3'
  AND seed.rate_table_id = seed_table.id AND seed.item = v.item AND seed.qualifier = v.qualifier
  AND seed.amount IS NOT DISTINCT FROM v.amount AND seed.confidence = v.confidence AND seed.source_note = v.source_note;

-- Every other value was set by the office; a developer's note copied from the seed into a changed value goes.
UPDATE rate_value
SET source_kind = 'OFFICE', source_note = CASE WHEN source_note LIKE 'DOMAIN-KA171%' THEN NULL ELSE source_note END
WHERE source_kind IS NULL;

ALTER TABLE rate_value
    ALTER COLUMN source_kind SET NOT NULL,
    ADD CONSTRAINT rate_value_source_kind_check
        CHECK (source_kind IN ('PROGRAMME_GUIDE', 'PROGRAMME_GUIDE_KA131', 'INFERRED', 'NOT_PUBLISHED', 'OFFICE')),
    ADD CONSTRAINT rate_value_source_edition_check
        CHECK ((source_edition IS NULL) = (source_kind = 'OFFICE') AND (source_edition IS NULL OR source_edition BETWEEN 2014 AND 2100)),
    ADD CONSTRAINT rate_value_source_amount_check
        CHECK (source_kind = 'OFFICE' OR (amount IS NULL) = (source_kind = 'NOT_PUBLISHED')),
    ADD CONSTRAINT rate_value_source_note_check CHECK (source_note IS NULL OR btrim(source_note) <> '');
COMMENT ON COLUMN rate_value.source_kind IS 'PROGRAMME_GUIDE (published for KA171 in the edition), PROGRAMME_GUIDE_KA131 (the edition''s KA131 value), INFERRED (consistent with the edition''s values), NOT_PUBLISHED (no amount: the office has to set it), OFFICE (set by the international office).';
COMMENT ON COLUMN rate_value.source_edition IS 'Edition (year) of the Erasmus+ Programme Guide; NULL exactly for OFFICE.';
COMMENT ON COLUMN rate_value.source_note IS 'The administrator''s own remark, shown as written; NULL when none.';

ALTER TABLE rate_table
    ADD COLUMN seeded boolean NOT NULL DEFAULT false,
    ALTER COLUMN reason DROP NOT NULL,
    ALTER COLUMN created_by DROP NOT NULL;
UPDATE rate_table SET seeded = true, reason = NULL, created_by = NULL WHERE created_by = 'migration V3';
ALTER TABLE rate_table
    ADD CONSTRAINT rate_table_seeded_check CHECK (seeded = (reason IS NULL) AND seeded = (created_by IS NULL));
COMMENT ON COLUMN rate_table.seeded IS 'The version was installed with Mobility Desk (from the Programme Guide, unknown values empty): it has no reason and no author.';
