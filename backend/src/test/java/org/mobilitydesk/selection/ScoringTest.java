package org.mobilitydesk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mobilitydesk.selection.Selections.EVALUATOR_1;
import static org.mobilitydesk.selection.Selections.EVALUATOR_2;
import static org.mobilitydesk.selection.Selections.EVALUATOR_3;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringTest {

    private static final Criterion GRADE = Criterion.computed("grade", 100, 10, CriterionKind.GRADE_AVERAGE);

    private static ApplicantFacts grade(String average, String scale) {
        return new ApplicantFacts(new BigDecimal(average), new BigDecimal(scale), Map.of(), false);
    }

    private static ApplicantFacts languages(Map<String, String> levels) {
        return new ApplicantFacts(null, null, levels, false);
    }

    private static Evaluation submitted(UUID evaluator, String criterion, int score) {
        return new Evaluation(evaluator, true, Map.of(criterion, score));
    }

    @ParameterizedTest(name = "{0} of {1} on a 10-point criterion scores {2}, total {3}")
    @CsvSource({ "4.3, 5, 43/5, 86.00", "86, 100, 43/5, 86.00", "3.4, 4.0, 17/2, 85.00", "5, 5, 10, 100.00", "0, 5, 0, 0.00",
            "2.35, 3, 47/6, 78.33" })
    void aGradeAverageIsNormalisedFromTheApplicantsScaleToTheCriterions(String average, String scale, String exact, String total) {
        ScoreCard card = Scoring.score(Criteria.of(GRADE), ScoringSettings.DEFAULTS, grade(average, scale), List.of());

        assertThat(card.score("grade").exact().toString()).isEqualTo(exact);
        assertThat(card.total()).isEqualTo(new BigDecimal(total));
        assertThat(card.score("grade").flags()).isEmpty();
        assertThat(card.complete()).isTrue();
    }

    @Test
    void aMissingGradeScoresZeroAndIsFlagged() {
        ScoreCard card = Scoring.score(Criteria.of(GRADE), ScoringSettings.DEFAULTS, ApplicantFacts.none(), List.of());

        assertThat(card.score("grade").exact()).isEqualTo(Ratio.ZERO);
        assertThat(card.flagged(ScoreFlag.MISSING_GRADE)).containsExactly("grade");
        assertThat(card.complete()).isTrue();
    }

    @ParameterizedTest(name = "{0} on a {1}-point English criterion scores {2} ({3})")
    @CsvSource({ "A1, 12, 2, 2.00", "A2, 12, 4, 4.00", "B1, 12, 6, 6.00", "B2, 12, 8, 8.00", "C1, 12, 10, 10.00", "C2, 12, 12, 12.00",
            "A1, 10, 5/3, 1.67", "B1, 10, 5, 5.00", "C1, 10, 25/3, 8.33" })
    void cefrLevelsAreSixthsOfTheMaximum(String level, int max, String exact, String rounded) {
        Criteria criteria = Criteria.of(Criterion.language("english", 100, max, "EN"));

        CriterionScore score = Scoring.score(criteria, ScoringSettings.DEFAULTS, languages(Map.of("en", level, "de", "C2")), List.of())
                .score("english");

        assertThat(score.exact().toString()).isEqualTo(exact);
        assertThat(score.rounded()).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void aLanguageNotDeclaredScoresZeroAndIsFlagged() {
        Criteria criteria = Criteria.of(Criterion.language("english", 100, 10, "en"));

        ScoreCard card = Scoring.score(criteria, ScoringSettings.DEFAULTS, languages(Map.of("de", "C2")), List.of());

        assertThat(card.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(card.flagged(ScoreFlag.LANGUAGE_NOT_DECLARED)).containsExactly("english");
    }

    @ParameterizedTest(name = "fewer opportunities {0}: bonus {1}, total {2}")
    @CsvSource({ "true, 5, 20.00", "false, 0, 0.00" })
    void theFewerOpportunitiesBonusIsTheMaximumOrNothing(boolean fewerOpportunities, int bonus, String total) {
        Criteria criteria = Criteria.of(Criterion.computed("inclusion", 20, 5, CriterionKind.FEWER_OPPORTUNITIES),
                Criterion.evaluated("motivation", 80, 10));
        ApplicantFacts facts = new ApplicantFacts(null, null, Map.of(), fewerOpportunities);

        ScoreCard card = Scoring.score(criteria, ScoringSettings.DEFAULTS, facts,
                List.of(submitted(EVALUATOR_1, "motivation", 0), submitted(EVALUATOR_2, "motivation", 0)));

        assertThat(card.score("inclusion").exact()).isEqualTo(Ratio.of(bonus));
        assertThat(card.total()).isEqualTo(new BigDecimal(total));
    }

    private static final Criteria TWO_THIRDS = Criteria.of(Criterion.evaluated("a", 50, 3), Criterion.evaluated("b", 50, 3));
    private static final Criteria QUARTER = Criteria.of(Criterion.evaluated("a", 75, 1000),
            Criterion.computed("inclusion", 25, 1, CriterionKind.FEWER_OPPORTUNITIES));

    /**
     * Rows: criteria, each evaluator's scores per criterion, the exact means, the total. The first: means 4/3 round to
     * 1.33, and 2 × 50 × 1.33 / 3 would give 44.33; exactly it is 400/9 = 44.44. The third: 75 × (1/3) / 1000 is 0.025
     * exactly, which rounds half-up to 0.03; a third kept to any number of decimals would give 0.02.
     */
    static Stream<Arguments> means() {
        return Stream.of(
                Arguments.of(TWO_THIRDS, List.of(Map.of("a", 1, "b", 1), Map.of("a", 1, "b", 1), Map.of("a", 2, "b", 2)),
                        List.of("4/3", "4/3"), "44.44"),
                Arguments.of(TWO_THIRDS, List.of(Map.of("a", 1, "b", 3), Map.of("a", 2, "b", 2)), List.of("3/2", "5/2"), "66.67"),
                Arguments.of(QUARTER, List.of(Map.of("a", 0), Map.of("a", 0), Map.of("a", 1)), List.of("1/3", "0"), "0.03"),
                Arguments.of(QUARTER, List.of(Map.of("a", 1), Map.of("a", 2)), List.of("3/2", "0"), "0.11"));
    }

    @ParameterizedTest(name = "[{index}] means {2}, total {3}")
    @MethodSource("means")
    void aCriterionScoresTheMeanOfItsEvaluatorsAndTheTotalIsRoundedOnlyAtTheEnd(Criteria criteria, List<Map<String, Integer>> scores,
            List<String> means, String total) {
        List<UUID> evaluators = List.of(EVALUATOR_1, EVALUATOR_2, EVALUATOR_3);
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            evaluations.add(new Evaluation(evaluators.get(i), true, scores.get(i)));
        }

        ScoreCard card = Scoring.score(criteria, ScoringSettings.DEFAULTS, ApplicantFacts.none(), evaluations);

        assertThat(card.criteria()).extracting(c -> c.exact().toString()).containsExactlyElementsOf(means);
        assertThat(card.total()).isEqualTo(new BigDecimal(total));
    }

    @Test
    void draftsDoNotCount() {
        Criteria criteria = Criteria.of(Criterion.evaluated("motivation", 100, 10));
        List<Evaluation> evaluations = List.of(submitted(EVALUATOR_1, "motivation", 4), submitted(EVALUATOR_2, "motivation", 6),
                new Evaluation(EVALUATOR_3, false, Map.of("motivation", 10)));

        ScoreCard card = Scoring.score(criteria, ScoringSettings.DEFAULTS, ApplicantFacts.none(), evaluations);

        assertThat(card.score("motivation").exact()).isEqualTo(Ratio.of(5));
        assertThat(card.score("motivation").submittedEvaluations()).isEqualTo(2);
        assertThat(card.total()).isEqualTo(new BigDecimal("50.00"));
        assertThat(card.flagged(ScoreFlag.DISAGREEMENT)).isEmpty();
    }

    @Test
    void aCriterionWithFewerSubmittedEvaluationsThanRequiredMakesTheScoringIncomplete() {
        Criteria criteria = Criteria.of(Criterion.evaluated("motivation", 50, 10), Criterion.evaluated("plan", 30, 10), GRADE_AT_20);
        List<Evaluation> evaluations = List.of(new Evaluation(EVALUATOR_1, true, Map.of("motivation", 8, "plan", 7)),
                new Evaluation(EVALUATOR_2, true, Map.of("motivation", 9)), new Evaluation(EVALUATOR_3, false, Map.of("plan", 9)));

        ScoreCard twoRequired = Scoring.score(criteria, ScoringSettings.DEFAULTS, grade("4", "5"), evaluations);
        ScoreCard oneRequired = Scoring.score(criteria, new ScoringSettings(1, new BigDecimal("0.30")), grade("4", "5"), evaluations);

        assertThat(twoRequired.complete()).isFalse();
        assertThat(twoRequired.flagged(ScoreFlag.TOO_FEW_EVALUATIONS)).containsExactly("plan");
        assertThat(twoRequired.requiredEvaluations()).isEqualTo(2);
        assertThat(oneRequired.complete()).isTrue();
    }

    private static final Criterion GRADE_AT_20 = Criterion.computed("grade", 20, 10, CriterionKind.GRADE_AVERAGE);

    @ParameterizedTest(name = "max {0}, threshold {1}: scores {2} and {3} flagged {4}")
    @CsvSource({ "10, 0.30, 4, 7, false", "10, 0.30, 4, 8, true", "20, 0.30, 10, 16, false", "20, 0.30, 10, 17, true",
            "10, 0.25, 5, 7, false", "10, 0.25, 5, 8, true", "10, 0, 5, 5, false", "10, 0, 5, 6, true" })
    void evaluationsThatDifferByMoreThanTheThresholdAreFlagged(int max, String threshold, int low, int high, boolean flagged) {
        Criteria criteria = Criteria.of(Criterion.evaluated("motivation", 100, max));
        List<Evaluation> evaluations = List.of(submitted(EVALUATOR_1, "motivation", high), submitted(EVALUATOR_2, "motivation", low),
                submitted(EVALUATOR_3, "motivation", (low + high) / 2));

        ScoreCard card = Scoring.score(criteria, new ScoringSettings(2, new BigDecimal(threshold)), ApplicantFacts.none(), evaluations);

        assertThat(card.score("motivation").flagged(ScoreFlag.DISAGREEMENT)).isEqualTo(flagged);
    }

    @Test
    void aDraftFarFromTheSubmittedScoresRaisesNoFlag() {
        Criteria criteria = Criteria.of(Criterion.evaluated("motivation", 100, 10));
        List<Evaluation> evaluations = List.of(submitted(EVALUATOR_1, "motivation", 5), submitted(EVALUATOR_2, "motivation", 6),
                new Evaluation(EVALUATOR_3, false, Map.of("motivation", 0)));

        assertThat(Scoring.score(criteria, ScoringSettings.DEFAULTS, ApplicantFacts.none(), evaluations).flagged(ScoreFlag.DISAGREEMENT))
                .isEmpty();
    }

    static Stream<Arguments> refusedScores() {
        return Stream.of(Arguments.of(Map.of("motivation", 11), "score 11 is not 0..10"),
                Arguments.of(Map.of("motivation", -1), "score -1 is not 0..10"), Arguments.of(Map.of("luck", 3), "no criterion luck"),
                Arguments.of(Map.of("grade", 3), "criterion grade is computed"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedScores")
    void aScoreOutsideTheCriterionsRangeOrForNoEvaluatorScoredCriterionIsRefused(Map<String, Integer> scores, String message) {
        Criteria criteria = Criteria.of(Criterion.evaluated("motivation", 80, 10), GRADE_AT_20);

        assertThatThrownBy(() -> Scoring.score(criteria, ScoringSettings.DEFAULTS, ApplicantFacts.none(),
                List.of(new Evaluation(EVALUATOR_1, false, scores)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void criteriaWhoseWeightsDoNotSumToAHundredOrThatRepeatAKeyAreRefused() {
        assertThatThrownBy(() -> Criteria.of(Criterion.evaluated("a", 60, 10), Criterion.evaluated("b", 30, 10)))
                .hasMessageContaining("sum to 90");
        assertThatThrownBy(() -> Criteria.of(Criterion.evaluated("a", 50, 10), Criterion.evaluated("a", 50, 10)))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Criterion.evaluated("a", 100, 1001)).hasMessageContaining("maxScore");
        assertThatThrownBy(() -> grade("5.1", "5")).hasMessageContaining("not 0..5");
        assertThatThrownBy(() -> languages(Map.of("en", "native"))).hasMessageContaining("not a CEFR level");
    }
}
