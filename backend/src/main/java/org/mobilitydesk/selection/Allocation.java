package org.mobilitydesk.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Ranking and allocation (issue 12 §4): the complete applications are ranked by {@link Ranking}, then, in rank order,
 * each gets its highest preference that still has a place (serial dictatorship); those left without one form the
 * reserve list in rank order. Candidates below the minimum total and those who declined keep their rank but take no
 * place. The same input, in any order, gives an equal result.
 */
public final class Allocation {

    /** The version of these rules; a stored run names it, and a run of another version is refused rather than recomputed. */
    public static final String RULES_VERSION = "1";

    private Allocation() {
    }

    public static SelectionResult allocate(SelectionInput input) {
        return allocate(input, Set.of());
    }

    /** The allocation with the {@code declined} applications out of the competition: their places go to the next in rank. */
    public static SelectionResult allocate(SelectionInput input, Set<UUID> declined) {
        Set<UUID> known = new HashSet<>();
        input.candidates().forEach(c -> known.add(c.applicationId()));
        if (!known.containsAll(declined)) {
            throw new IllegalArgumentException("a declined application is not a candidate");
        }
        Ranking ranking = new Ranking(input);
        List<Candidate> ranked = input.candidates().stream().filter(c -> c.score().complete()).sorted(ranking.order()).toList();
        List<Candidate> unranked = input.candidates().stream().filter(c -> !c.score().complete())
                .sorted(Comparator.comparing(Candidate::applicationId, Ranking.ID_ORDER)).toList();

        Run run = new Run(input, declined, ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            run.allocate(ranked.get(i), i + 1);
        }
        unranked.forEach(run::unranked);

        List<RankDecision> decisions = new ArrayList<>();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            Candidate higher = ranked.get(i);
            Candidate lower = ranked.get(i + 1);
            decisions.add(new RankDecision(i + 1, higher.applicationId(), lower.applicationId(), ranking.decidedBy(higher, lower)));
        }
        List<PartnerFill> partners = input.places().entrySet().stream()
                .map(e -> new PartnerFill(e.getKey(), e.getValue(), run.placedAt(e.getKey()))).toList();
        return new SelectionResult(RULES_VERSION, ranking.tieBreaks(), ranking.heaviest().key(), run.outcomes, partners, decisions);
    }

    /** One pass of serial dictatorship: who holds which partner's places so far. */
    private static final class Run {
        private final SelectionInput input;
        private final Set<UUID> declined;
        private final int rankedCount;
        private final Map<UUID, List<Holder>> holders = new TreeMap<>(Ranking.ID_ORDER);
        private final List<Outcome> outcomes = new ArrayList<>();
        private int reserve;

        private record Holder(UUID applicationId, int rank) {
        }

        Run(SelectionInput input, Set<UUID> declined, int rankedCount) {
            this.input = input;
            this.declined = declined;
            this.rankedCount = rankedCount;
        }

        void allocate(Candidate candidate, int rank) {
            List<ExplanationStep> steps = new ArrayList<>();
            steps.add(ExplanationStep.of(StepCode.RANK, rank, rankedCount, candidate.score().total()));
            if (declined.contains(candidate.applicationId())) {
                steps.add(ExplanationStep.of(StepCode.DECLINED));
                outcomes.add(outcome(candidate, OutcomeStatus.DECLINED, rank, null, null, null, steps));
                return;
            }
            if (input.minimumTotal() != null && candidate.score().total().compareTo(input.minimumTotal()) < 0) {
                steps.add(ExplanationStep.of(StepCode.BELOW_MINIMUM, input.minimumTotal(), candidate.score().total()));
                outcomes.add(outcome(candidate, OutcomeStatus.NOT_SELECTED, rank, null, null, null, steps));
                return;
            }
            List<UUID> preferences = candidate.preferences();
            for (int i = 0; i < preferences.size(); i++) {
                UUID partner = preferences.get(i);
                int preference = i + 1;
                int places = input.placesAt(partner);
                List<Holder> taken = holders.computeIfAbsent(partner, p -> new ArrayList<>());
                if (taken.size() < places) {
                    taken.add(new Holder(candidate.applicationId(), rank));
                    steps.add(ExplanationStep.of(StepCode.PLACED, partner, preference));
                    outcomes.add(outcome(candidate, OutcomeStatus.PLACED, rank, partner, preference, null, steps));
                    return;
                }
                steps.add(places == 0 ? ExplanationStep.of(StepCode.PREFERENCE_NO_PLACES, partner, preference)
                        : ExplanationStep.of(StepCode.PREFERENCE_FULL, partner, preference, places, taken.stream().map(Holder::rank).toList()));
            }
            reserve++;
            steps.add(ExplanationStep.of(StepCode.RESERVE, reserve));
            outcomes.add(outcome(candidate, OutcomeStatus.RESERVE, rank, null, null, reserve, steps));
        }

        void unranked(Candidate candidate) {
            ExplanationStep step = declined.contains(candidate.applicationId()) ? ExplanationStep.of(StepCode.DECLINED)
                    : ExplanationStep.of(StepCode.INCOMPLETE_SCORING, candidate.score().flagged(ScoreFlag.TOO_FEW_EVALUATIONS),
                            candidate.score().requiredEvaluations());
            OutcomeStatus status = declined.contains(candidate.applicationId()) ? OutcomeStatus.DECLINED : OutcomeStatus.INCOMPLETE;
            outcomes.add(new Outcome(candidate.applicationId(), status, null, rankedCount, null, null, null, null, List.of(step)));
        }

        List<UUID> placedAt(UUID partner) {
            return holders.getOrDefault(partner, List.of()).stream().map(Holder::applicationId).toList();
        }

        private Outcome outcome(Candidate candidate, OutcomeStatus status, int rank, UUID partner, Integer preference,
                Integer reservePosition, List<ExplanationStep> steps) {
            return new Outcome(candidate.applicationId(), status, rank, rankedCount, candidate.score().total(), partner, preference,
                    reservePosition, steps);
        }
    }
}
