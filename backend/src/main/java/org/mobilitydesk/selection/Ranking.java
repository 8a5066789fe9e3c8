package org.mobilitydesk.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The ranking order of a run: its rules, and which of them decides between two candidates. */
final class Ranking {

    /** Ids in their text form: the order PostgreSQL gives uuid, unlike {@link UUID#compareTo}, which compares signed longs. */
    static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::toString);

    private final List<RankingRule> rules;
    private final Criterion heaviest;

    Ranking(SelectionInput input) {
        this.heaviest = input.criteria().heaviest();
        List<RankingRule> applied = new ArrayList<>(List.of(RankingRule.values()));
        if (!input.fewerOpportunitiesFirst()) {
            applied.remove(RankingRule.FEWER_OPPORTUNITIES_FIRST);
        }
        this.rules = List.copyOf(applied);
    }

    /** The tie-breaks in the order they apply, for the minutes. */
    List<RankingRule> tieBreaks() {
        return rules.subList(1, rules.size());
    }

    Criterion heaviest() {
        return heaviest;
    }

    Comparator<Candidate> order() {
        return (a, b) -> {
            RankingRule rule = firstDeciding(a, b);
            return rule == null ? 0 : compare(rule, a, b);
        };
    }

    /** The first rule that puts {@code higher} before {@code lower}. */
    RankingRule decidedBy(Candidate higher, Candidate lower) {
        RankingRule rule = firstDeciding(higher, lower);
        if (rule == null) {
            throw new IllegalStateException("no rule orders " + higher.applicationId() + " and " + lower.applicationId());
        }
        return rule;
    }

    private RankingRule firstDeciding(Candidate a, Candidate b) {
        for (RankingRule rule : rules) {
            if (compare(rule, a, b) != 0) {
                return rule;
            }
        }
        return null;
    }

    /** Negative when {@code a} ranks before {@code b} by this rule alone. */
    private int compare(RankingRule rule, Candidate a, Candidate b) {
        return switch (rule) {
            case TOTAL -> b.score().total().compareTo(a.score().total());
            case FEWER_OPPORTUNITIES_FIRST -> Boolean.compare(b.fewerOpportunities(), a.fewerOpportunities());
            // every candidate shares the criterion's maximum, so comparing the scores compares score / max
            case HEAVIEST_CRITERION -> heaviestScore(b).compareTo(heaviestScore(a));
            case EARLIER_SUBMISSION -> a.submittedAt().compareTo(b.submittedAt());
            case APPLICATION_ID -> ID_ORDER.compare(a.applicationId(), b.applicationId());
        };
    }

    private Ratio heaviestScore(Candidate candidate) {
        return candidate.score().score(heaviest.key()).exact();
    }
}
