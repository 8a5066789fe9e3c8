package org.mobilitydesk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mobilitydesk.selection.Selections.app;
import static org.mobilitydesk.selection.Selections.candidate;
import static org.mobilitydesk.selection.Selections.incomplete;
import static org.mobilitydesk.selection.Selections.input;
import static org.mobilitydesk.selection.Selections.merit;
import static org.mobilitydesk.selection.Selections.partner;
import static org.mobilitydesk.selection.Selections.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AllocationTest {

    private static final UUID P1 = partner(1);
    private static final UUID P2 = partner(2);
    private static final UUID P3 = partner(3);

    /** Rows: what the case shows, the places, the candidates (application n is the n-th), the minimum total, the outcomes. */
    static Stream<Arguments> allocations() {
        return Stream.of(
                Arguments.of("in rank order, each gets the highest preference with a place", Map.of(P1, 1, P2, 1),
                        List.of(candidate(1, merit(70), P1, P2), candidate(2, merit(90), P1, P2), candidate(3, merit(80), P1, P2)), null,
                        List.of("#3 R1", "#1 P1@1", "#2 P2@2")),
                Arguments.of("zero places at every partner: everyone is on the reserve list in rank order", Map.of(P1, 0, P2, 0),
                        List.of(candidate(1, merit(50), P1), candidate(2, merit(60), P2, P1), candidate(3, merit(55), P3)), null,
                        List.of("#3 R3", "#1 R1", "#2 R2")),
                Arguments.of("no places given at all", Map.of(), List.of(candidate(1, merit(50), P1), candidate(2, merit(60), P2)), null,
                        List.of("#2 R2", "#1 R1")),
                Arguments.of("more places than applicants: everyone gets the first choice", Map.of(P1, 5, P2, 5, P3, 5),
                        List.of(candidate(1, merit(50), P1, P2), candidate(2, merit(60), P1), candidate(3, merit(40), P3, P1)), null,
                        List.of("#2 P1@1", "#1 P1@1", "#3 P3@1")),
                Arguments.of("every preference full: reserve, though a place is left elsewhere", Map.of(P1, 1, P2, 1, P3, 1),
                        List.of(candidate(1, merit(90), P1), candidate(2, merit(80), P2), candidate(3, merit(70), P1, P2)), null,
                        List.of("#1 P1@1", "#2 P2@1", "#3 R1")),
                Arguments.of("all tied: the earlier submission ranks higher", Map.of(P1, 2),
                        List.of(candidate(1, merit(75), P1), candidate(2, merit(75), P1), candidate(3, merit(75), P1)), null,
                        List.of("#1 P1@1", "#2 P1@1", "#3 R1")),
                Arguments.of("a minimum total: exactly at it is selected, below it not", Map.of(P1, 5),
                        List.of(candidate(1, merit(80), P1), candidate(2, merit(79), P1), candidate(3, merit(95), P1)), new BigDecimal("80"),
                        List.of("#2 P1@1", "#3 NS", "#1 P1@1")),
                Arguments.of("below the minimum takes no place, even the last free one", Map.of(P1, 1),
                        List.of(candidate(1, merit(40), P1), candidate(2, merit(30), P1)), new BigDecimal("50.00"), List.of("#1 NS", "#2 NS")),
                Arguments.of("incomplete scoring is not ranked and takes no place", Map.of(P1, 1),
                        List.of(candidate(1, incomplete(), P1), candidate(2, merit(10), P1)), null, List.of("INC", "#1 P1@1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allocations")
    void allocation(String description, Map<UUID, Integer> places, List<Candidate> candidates, BigDecimal minimum, List<String> expected) {
        SelectionResult result = Allocation.allocate(input(Selections.MERIT, places, candidates, false, minimum));

        assertThat(summary(result, candidates.size())).containsExactlyElementsOf(expected);
        assertThat(result.partners()).allSatisfy(p -> assertThat(p.filled()).isLessThanOrEqualTo(p.places()));
    }

    @Test
    void theIssuesExampleIsExplainedStepByStep() {
        UUID tartu = partner(10);
        UUID milan = partner(20);
        // two evaluators' 82 and 83: a mean of 82.5
        ScoreCard eightyTwoAndAHalf = Scoring.score(Selections.MERIT, ScoringSettings.DEFAULTS, ApplicantFacts.none(),
                List.of(new Evaluation(Selections.EVALUATOR_1, true, Map.of("merit", 82)),
                        new Evaluation(Selections.EVALUATOR_2, true, Map.of("merit", 83))));
        List<Candidate> candidates = new ArrayList<>(List.of(candidate(1, merit(95), tartu), candidate(2, merit(90), tartu, milan),
                candidate(3, eightyTwoAndAHalf, tartu, milan)));
        for (int n = 4; n <= 41; n++) {
            candidates.add(candidate(n, merit(n), milan));
        }

        SelectionResult result = Allocation.allocate(input(Map.of(tartu, 2, milan, 3), candidates));

        Outcome third = result.outcome(app(3));
        assertThat(third.explanation()).containsExactly(ExplanationStep.of(StepCode.RANK, 3, 41, new BigDecimal("82.50")),
                ExplanationStep.of(StepCode.PREFERENCE_FULL, tartu, 1, 2, List.of(1, 2)), ExplanationStep.of(StepCode.PLACED, milan, 2));
        assertThat(third).extracting(Outcome::status, Outcome::rank, Outcome::rankedCount, Outcome::partnerId, Outcome::preference)
                .containsExactly(OutcomeStatus.PLACED, 3, 41, milan, 2);
        assertThat(third.explanation().get(0).args()).containsOnlyKeys("rank", "of", "total");
        assertThat(result.partners()).containsExactly(new PartnerFill(tartu, 2, List.of(app(1), app(2))),
                new PartnerFill(milan, 3, List.of(app(3), app(41), app(40))));
        assertThat(result.outcome(app(39)).explanation()).containsExactly(ExplanationStep.of(StepCode.RANK, 6, 41, new BigDecimal("39.00")),
                ExplanationStep.of(StepCode.PREFERENCE_FULL, milan, 1, 3, List.of(3, 4, 5)), ExplanationStep.of(StepCode.RESERVE, 1));
    }

    @Test
    void theOtherOutcomesAreExplainedToo() {
        List<Candidate> candidates = List.of(candidate(1, merit(60), P1, P2), candidate(2, merit(40), P1), candidate(3, incomplete(), P1));

        SelectionResult result = Allocation.allocate(input(Selections.MERIT, Map.of(P1, 0), candidates, false, new BigDecimal("50")));

        assertThat(result.outcome(app(1)).explanation()).containsExactly(ExplanationStep.of(StepCode.RANK, 1, 2, new BigDecimal("60.00")),
                ExplanationStep.of(StepCode.PREFERENCE_NO_PLACES, P1, 1), ExplanationStep.of(StepCode.PREFERENCE_NO_PLACES, P2, 2),
                ExplanationStep.of(StepCode.RESERVE, 1));
        assertThat(result.outcome(app(2)).explanation()).containsExactly(ExplanationStep.of(StepCode.RANK, 2, 2, new BigDecimal("40.00")),
                ExplanationStep.of(StepCode.BELOW_MINIMUM, new BigDecimal("50"), new BigDecimal("40.00")));
        assertThat(result.outcome(app(3))).isEqualTo(new Outcome(app(3), OutcomeStatus.INCOMPLETE, null, 2, null, null, null, null,
                List.of(ExplanationStep.of(StepCode.INCOMPLETE_SCORING, List.of("merit"), 2))));
        assertThat(result.outcomes()).extracting(Outcome::applicationId).containsExactly(app(1), app(2), app(3));
    }

    @Test
    void aStepTakesExactlyTheArgumentsItsCodeNames() {
        assertThatThrownBy(() -> ExplanationStep.of(StepCode.RANK, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExplanationStep(StepCode.RESERVE, Map.of("rank", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputsThatBreakTheRulesAreRefused() {
        Candidate one = candidate(1, merit(50), P1);
        assertThatThrownBy(() -> new SelectionInput("2", Selections.MERIT, Map.of(), List.of(one), false, null))
                .hasMessageContaining("rules version 2");
        assertThatThrownBy(() -> input(Map.of(P1, -1), List.of(one))).hasMessageContaining("places -1");
        assertThatThrownBy(() -> input(Map.of(), List.of(one, one))).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> candidate(2, merit(50), P1, P1)).hasMessageContaining("names a partner twice");
        assertThatThrownBy(() -> candidate(2, merit(50))).hasMessageContaining("no preference");
        Criteria other = Criteria.of(Criterion.evaluated("other", 100, 100));
        assertThatThrownBy(() -> input(other, Map.of(), List.of(one), false, null)).hasMessageContaining("not scored on the call's criteria");
        assertThatThrownBy(() -> Allocation.allocate(input(Map.of(), List.of(one)), Set.of(app(9))))
                .hasMessageContaining("not a candidate");
    }
}
