package org.mobilitydesk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.selection.RankingRule.APPLICATION_ID;
import static org.mobilitydesk.selection.RankingRule.EARLIER_SUBMISSION;
import static org.mobilitydesk.selection.RankingRule.FEWER_OPPORTUNITIES_FIRST;
import static org.mobilitydesk.selection.RankingRule.HEAVIEST_CRITERION;
import static org.mobilitydesk.selection.RankingRule.TOTAL;
import static org.mobilitydesk.selection.Selections.OPENING;
import static org.mobilitydesk.selection.Selections.app;
import static org.mobilitydesk.selection.Selections.partner;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RankingTest {

    private static final Criteria HALF_AND_QUARTERS = Criteria.of(Criterion.evaluated("interview", 50, 10),
            Criterion.evaluated("motivation", 25, 10), Criterion.evaluated("plan", 25, 10));
    private static final Criteria TWO_HEAVIEST = Criteria.of(Criterion.evaluated("first", 40, 10), Criterion.evaluated("second", 40, 10),
            Criterion.evaluated("rest", 20, 10));
    /** 99 × 7 / 10 = 69.3 with 0 or 1 point on the light criterion: 69.300 and 69.301 both publish as 69.30. */
    private static final Criteria HEAVY_AND_TINY = Criteria.of(Criterion.evaluated("heavy", 99, 10), Criterion.evaluated("tiny", 1, 1000));

    /** Sorts after 00000000-… as text, before it by {@link UUID#compareTo} (a negative most significant long). */
    private static final UUID HIGH_ID = UUID.fromString("f0000000-0000-0000-0000-000000000001");

    private static Candidate candidate(UUID id, Criteria criteria, boolean fewerOpportunities, int minute, int... scores) {
        return new Candidate(id, OPENING.plusSeconds(60L * minute), fewerOpportunities, List.of(partner(1)),
                Selections.card(criteria, ApplicantFacts.none(), scores));
    }

    /** Rows: what the case shows, criteria, fewer opportunities first?, candidates A and B, who ranks first, which rule decided. */
    static Stream<Arguments> ties() {
        Criteria c = HALF_AND_QUARTERS;
        return Stream.of(
                Arguments.of("a higher total wins over fewer opportunities", c, true, candidate(app(1), c, false, 2, 9, 8, 8),
                        candidate(app(2), c, true, 1, 8, 8, 8), "A", TOTAL),
                Arguments.of("fewer opportunities first when the call says so", c, true, candidate(app(1), c, false, 1, 8, 8, 8),
                        candidate(app(2), c, true, 2, 8, 8, 8), "B", FEWER_OPPORTUNITIES_FIRST),
                Arguments.of("fewer opportunities play no part when the call does not say so", c, false,
                        candidate(app(1), c, false, 1, 8, 8, 8), candidate(app(2), c, true, 2, 8, 8, 8), "A", EARLIER_SUBMISSION),
                Arguments.of("the higher score on the heaviest criterion", c, false, candidate(app(1), c, false, 1, 6, 8, 8),
                        candidate(app(2), c, false, 2, 8, 6, 6), "B", HEAVIEST_CRITERION),
                Arguments.of("the heaviest criterion after fewer opportunities", c, true, candidate(app(1), c, true, 1, 6, 8, 8),
                        candidate(app(2), c, true, 2, 8, 6, 6), "B", HEAVIEST_CRITERION),
                Arguments.of("of two heaviest criteria, the first in the call's order", TWO_HEAVIEST, false,
                        candidate(app(1), TWO_HEAVIEST, false, 2, 10, 5, 5), candidate(app(2), TWO_HEAVIEST, false, 1, 5, 10, 5), "A",
                        HEAVIEST_CRITERION),
                Arguments.of("the earlier submission", c, false, candidate(app(1), c, false, 5, 8, 6, 6), candidate(app(2), c, false, 2, 8, 6, 6),
                        "B", EARLIER_SUBMISSION),
                Arguments.of("the application id as text, last", c, true, candidate(HIGH_ID, c, true, 3, 8, 6, 6),
                        candidate(app(2), c, true, 3, 8, 6, 6), "B", APPLICATION_ID),
                Arguments.of("the rounded total ties even where the exact totals differ", HEAVY_AND_TINY, false,
                        candidate(app(1), HEAVY_AND_TINY, false, 2, 7, 1), candidate(app(2), HEAVY_AND_TINY, false, 1, 7, 0), "B",
                        EARLIER_SUBMISSION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ties")
    void tiesAreBrokenByThePublishedRulesInTurn(String description, Criteria criteria, boolean fewerOpportunitiesFirst, Candidate a,
            Candidate b, String first, RankingRule decidedBy) {
        Candidate higher = first.equals("A") ? a : b;
        Candidate lower = first.equals("A") ? b : a;
        for (List<Candidate> order : List.of(List.of(a, b), List.of(b, a))) {
            SelectionResult result = Allocation.allocate(Selections.input(criteria, Map.of(partner(1), 1), order, fewerOpportunitiesFirst, null));

            assertThat(result.outcomes()).extracting(Outcome::applicationId).containsExactly(higher.applicationId(), lower.applicationId());
            assertThat(result.outcome(higher.applicationId()).status()).isEqualTo(OutcomeStatus.PLACED);
            assertThat(result.rankDecisions()).containsExactly(new RankDecision(1, higher.applicationId(), lower.applicationId(), decidedBy));
        }
    }

    @Test
    void theResultNamesTheTieBreaksInTheOrderTheyApplyAndTheHeaviestCriterion() {
        Candidate one = candidate(app(1), TWO_HEAVIEST, false, 1, 5, 5, 5);

        SelectionResult with = Allocation.allocate(Selections.input(TWO_HEAVIEST, Map.of(), List.of(one), true, null));
        SelectionResult without = Allocation.allocate(Selections.input(TWO_HEAVIEST, Map.of(), List.of(one), false, null));

        assertThat(with.tieBreaks()).containsExactly(FEWER_OPPORTUNITIES_FIRST, HEAVIEST_CRITERION, EARLIER_SUBMISSION, APPLICATION_ID);
        assertThat(without.tieBreaks()).containsExactly(HEAVIEST_CRITERION, EARLIER_SUBMISSION, APPLICATION_ID);
        assertThat(with.heaviestCriterion()).isEqualTo("first");
        assertThat(with.rulesVersion()).isEqualTo(Allocation.RULES_VERSION);
        assertThat(with.rankDecisions()).isEmpty();
    }
}
