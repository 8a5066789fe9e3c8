package org.mobilitydesk.selection;

import java.util.List;
import java.util.UUID;

/**
 * An allocation run's result. Outcomes come in rank order, then the unranked ones by application id; partners in id
 * order (only those in the input's places); {@code rankDecisions} between each pair of adjacent ranks.
 */
public record SelectionResult(String rulesVersion, List<RankingRule> tieBreaks, String heaviestCriterion, List<Outcome> outcomes,
        List<PartnerFill> partners, List<RankDecision> rankDecisions) {

    public SelectionResult {
        tieBreaks = List.copyOf(tieBreaks);
        outcomes = List.copyOf(outcomes);
        partners = List.copyOf(partners);
        rankDecisions = List.copyOf(rankDecisions);
    }

    public Outcome outcome(UUID applicationId) {
        return outcomes.stream().filter(o -> o.applicationId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application " + applicationId));
    }
}
