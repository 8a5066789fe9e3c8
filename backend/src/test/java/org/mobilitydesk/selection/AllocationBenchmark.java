package org.mobilitydesk.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The time of one allocation run in-process, for `make bench` (not a test: surefire only runs classes named *Test unless
 * asked by name, and nothing here is asserted). The shape of bench call 3 (scripts/bench/selection.sql): 2,000
 * candidates, 10 partners with 6 places each, 3 distinct preferences each, four criteria scored by evaluators
 * (weights 40/25/20/15, 0..10) and two submitted evaluations per candidate, with scores drawn from a fixed seed so that
 * totals tie often. Measures {@link Allocation#allocate} and one {@link OfferCascade#decline} of the first-ranked
 * candidate (two allocations and the chain of moves), after a warm-up.
 */
class AllocationBenchmark {

    private static final int CANDIDATES = 2_000;
    private static final int PARTNERS = 10;
    private static final int PLACES = 6;
    private static final int WARM_UP = 50;
    private static final int RUNS = 30;
    private static final Criteria CRITERIA = Criteria.of(Criterion.evaluated("0", 40, 10), Criterion.evaluated("1", 25, 10),
            Criterion.evaluated("2", 20, 10), Criterion.evaluated("3", 15, 10));

    @Test
    void allocationTime() {
        SelectionInput input = input(new Random(20260412L));
        UUID first = Allocation.allocate(input).outcomes().get(0).applicationId();
        long[] sink = { 0 };
        Supplier<Integer> allocation = () -> Allocation.allocate(input).outcomes().size();
        Supplier<Integer> decline = () -> OfferCascade.decline(input, Set.of(), first).moves().size();
        for (int i = 0; i < WARM_UP; i++) {
            sink[0] += allocation.get() + decline.get();
        }
        double[] allocationMs = times(allocation, sink);
        double[] declineMs = times(decline, sink);
        SelectionResult result = Allocation.allocate(input);
        long placed = result.outcomes().stream().filter(o -> o.status() == OutcomeStatus.PLACED).count();
        System.out.printf("in-process allocation: median %.1f ms, p90 %.1f ms; one decline cascade: median %.1f ms, p90 %.1f ms"
                + " (%d candidates, %d placed, %d moves on declining rank 1, %d runs; sink %d)%n",
                percentile(allocationMs, 50), percentile(allocationMs, 90), percentile(declineMs, 50), percentile(declineMs, 90),
                input.candidates().size(), placed, decline.get(), RUNS, sink[0]);
    }

    private static double[] times(Supplier<Integer> work, long[] sink) {
        double[] ms = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            sink[0] += work.get();
            ms[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Nearest rank of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** First choices among partners 1..7, then +3 and +6 around the ten, as the bench data; some submission times coincide. */
    private static SelectionInput input(Random random) {
        Map<UUID, Integer> places = new LinkedHashMap<>();
        for (int p = 1; p <= PARTNERS; p++) {
            places.put(Selections.partner(p), PLACES);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 1; n <= CANDIDATES; n++) {
            int firstChoice = n % 7;
            List<UUID> preferences = List.of(Selections.partner(1 + firstChoice), Selections.partner(1 + (firstChoice + 3) % PARTNERS),
                    Selections.partner(1 + (firstChoice + 6) % PARTNERS));
            ScoreCard card = Scoring.score(CRITERIA, ScoringSettings.DEFAULTS, ApplicantFacts.none(),
                    List.of(new Evaluation(Selections.EVALUATOR_1, true, scores(random)), new Evaluation(Selections.EVALUATOR_2, true, scores(random))));
            candidates.add(new Candidate(Selections.app(n), Selections.OPENING.plusSeconds(60L * ((n * 37) % 1500)), false, preferences, card));
        }
        return new SelectionInput(Allocation.RULES_VERSION, CRITERIA, places, candidates, false, null);
    }

    private static Map<String, Integer> scores(Random random) {
        Map<String, Integer> scores = new HashMap<>();
        CRITERIA.list().forEach(c -> scores.put(c.key(), random.nextInt(c.maxScore() + 1)));
        return scores;
    }
}
