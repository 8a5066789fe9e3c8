-- Issue 12 (selection): how a call ranks its applications, published with it. Criteria (jsonb) gain kind, language and
-- description in their JSON; old rows read as criteria scored by evaluators.

ALTER TABLE mobility_call ADD COLUMN ranking jsonb NOT NULL DEFAULT '{"fewerOpportunitiesFirst": false}'::jsonb;
COMMENT ON COLUMN mobility_call.ranking IS 'org.mobilitydesk.call.CallParts.RankingRules: fewerOpportunitiesFirst (the first tie-break), minimumTotal (0-100, absent for none).';
COMMENT ON COLUMN mobility_call.criteria IS 'List of org.mobilitydesk.call.CallParts.Criterion: name and description by language, weight (they add up to 100), maxScore, kind (EVALUATOR, GRADE_AVERAGE, LANGUAGE_LEVEL, FEWER_OPPORTUNITIES; absent = EVALUATOR), language (LANGUAGE_LEVEL only).';
