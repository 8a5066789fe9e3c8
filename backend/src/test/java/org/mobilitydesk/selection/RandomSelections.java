package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Random selection inputs for property tests. Each instance has its own seed, derived from a fixed one, so a failure
 * names the seed that reproduces exactly the instance that broke the property.
 */
final class RandomSelections {

    static final int INSTANCES = 500;
    private static final long SEED = 20260412L;

    /** Small score ranges, few submission times and a computed criterion make ties on every rule frequent. */
    static final Criteria CRITERIA = Criteria.of(Criterion.evaluated("interview", 40, 4), Criterion.evaluated("motivation", 40, 4),
            Criterion.computed("inclusion", 20, 1, CriterionKind.FEWER_OPPORTUNITIES));

    private RandomSelections() {
    }

    static void forAll(Consumer<Random> property) {
        for (int instance = 0; instance < INSTANCES; instance++) {
            long seed = SEED + instance;
            try {
                property.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on instance " + instance + " (seed " + seed + "): " + e.getMessage(), e);
            }
        }
    }

    /** Up to 40 candidates, up to 6 partners with 0..5 places (one named by applicants may have none given), 1..3 preferences. */
    static SelectionInput input(Random random) {
        List<UUID> partners = new ArrayList<>();
        Map<UUID, Integer> places = new LinkedHashMap<>();
        int partnerCount = 1 + random.nextInt(6);
        for (int p = 1; p <= partnerCount; p++) {
            partners.add(Selections.partner(p));
            if (random.nextInt(8) > 0) {
                places.put(Selections.partner(p), random.nextInt(6));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        int candidateCount = 1 + random.nextInt(40);
        for (int n = 1; n <= candidateCount; n++) {
            List<UUID> shuffled = new ArrayList<>(partners);
            Collections.shuffle(shuffled, random);
            List<UUID> preferences = shuffled.subList(0, 1 + random.nextInt(Math.min(3, shuffled.size())));
            boolean fewerOpportunities = random.nextInt(4) == 0;
            candidates.add(new Candidate(Selections.app(n), Selections.OPENING.plusSeconds(60L * random.nextInt(5)), fewerOpportunities,
                    preferences, card(random, fewerOpportunities)));
        }
        BigDecimal minimum = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(60)) : null;
        return new SelectionInput(Allocation.RULES_VERSION, CRITERIA, places, candidates, random.nextBoolean(), minimum);
    }

    /** Two evaluators, one of whom has only a draft one time in ten: then the scoring is incomplete. */
    private static ScoreCard card(Random random, boolean fewerOpportunities) {
        boolean secondSubmitted = random.nextInt(10) > 0;
        List<Evaluation> evaluations = List.of(new Evaluation(Selections.EVALUATOR_1, true, scores(random)),
                new Evaluation(Selections.EVALUATOR_2, secondSubmitted, scores(random)));
        return Scoring.score(CRITERIA, ScoringSettings.DEFAULTS, new ApplicantFacts(null, null, Map.of(), fewerOpportunities), evaluations);
    }

    private static Map<String, Integer> scores(Random random) {
        return Map.of("interview", random.nextInt(5), "motivation", random.nextInt(5));
    }

    /** Some of the candidates, in random order. */
    static List<UUID> someOf(Random random, SelectionInput input) {
        List<UUID> ids = new ArrayList<>(input.candidates().stream().map(Candidate::applicationId).toList());
        Collections.shuffle(ids, random);
        return ids.subList(0, random.nextInt(Math.min(ids.size(), 8) + 1));
    }
}
