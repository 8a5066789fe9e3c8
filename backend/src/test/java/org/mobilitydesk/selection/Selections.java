package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fixtures: readable ids, score cards from scores, candidates and inputs. */
final class Selections {

    static final Instant OPENING = Instant.parse("2026-03-02T08:00:00Z");
    static final UUID EVALUATOR_1 = new UUID(0xE000L, 1);
    static final UUID EVALUATOR_2 = new UUID(0xE000L, 2);
    static final UUID EVALUATOR_3 = new UUID(0xE000L, 3);

    /** One evaluator-scored criterion on 0..100: a candidate's total is its score. */
    static final Criteria MERIT = Criteria.of(Criterion.evaluated("merit", 100, 100));

    private Selections() {
    }

    /** Application n: its id's text sorts as n does. */
    static UUID app(int n) {
        return new UUID(0xA000L, n);
    }

    static UUID partner(int n) {
        return new UUID(0xB000L, n);
    }

    /** Two evaluators submitted the same score on every evaluator-scored criterion, in the call's order. */
    static ScoreCard card(Criteria criteria, ApplicantFacts facts, int... scores) {
        List<Criterion> evaluated = criteria.list().stream().filter(c -> c.kind() == CriterionKind.EVALUATOR).toList();
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byKey.put(evaluated.get(i).key(), scores[i]);
        }
        return Scoring.score(criteria, ScoringSettings.DEFAULTS, facts,
                List.of(new Evaluation(EVALUATOR_1, true, byKey), new Evaluation(EVALUATOR_2, true, byKey)));
    }

    static ScoreCard merit(int score) {
        return card(MERIT, ApplicantFacts.none(), score);
    }

    /** Scored by one evaluator only: incomplete under the default minimum of two. */
    static ScoreCard incomplete() {
        return Scoring.score(MERIT, ScoringSettings.DEFAULTS, ApplicantFacts.none(),
                List.of(new Evaluation(EVALUATOR_1, true, Map.of("merit", 90))));
    }

    /** Application n, submitted n minutes after the opening, without fewer opportunities. */
    static Candidate candidate(int n, ScoreCard card, UUID... preferences) {
        return new Candidate(app(n), OPENING.plusSeconds(60L * n), false, Arrays.asList(preferences), card);
    }

    static SelectionInput input(Criteria criteria, Map<UUID, Integer> places, List<Candidate> candidates, boolean fewerOpportunitiesFirst,
            BigDecimal minimumTotal) {
        return new SelectionInput(Allocation.RULES_VERSION, criteria, places, candidates, fewerOpportunitiesFirst, minimumTotal);
    }

    static SelectionInput input(Map<UUID, Integer> places, List<Candidate> candidates) {
        return input(MERIT, places, candidates, false, null);
    }

    /**
     * Each outcome in application-number order, short: "P2@1" placed at partner 2 as first choice, "R3" reserve position
     * 3, "NS" not selected, "INC" incomplete, "DEC" declined; ranked ones prefixed with their rank: "#1 P2@1".
     */
    static List<String> summary(SelectionResult result, int applications) {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= applications; n++) {
            Outcome o = result.outcome(app(n));
            String what = switch (o.status()) {
                case PLACED -> "P" + o.partnerId().getLeastSignificantBits() + "@" + o.preference();
                case RESERVE -> "R" + o.reservePosition();
                case NOT_SELECTED -> "NS";
                case INCOMPLETE -> "INC";
                case DECLINED -> "DEC";
            };
            lines.add(o.rank() == null ? what : "#" + o.rank() + " " + what);
        }
        return lines;
    }
}
