package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything an allocation run reads; store it with the run to reproduce it. {@code places} gives each partner's places
 * (a partner missing from it has none); {@code minimumTotal} is null when the call sets no minimum. The order of the
 * candidates and of the places plays no part in the result.
 */
public record SelectionInput(String rulesVersion, Criteria criteria, Map<UUID, Integer> places, List<Candidate> candidates,
        boolean fewerOpportunitiesFirst, BigDecimal minimumTotal) {

    public SelectionInput {
        if (!Allocation.RULES_VERSION.equals(rulesVersion)) {
            throw new IllegalArgumentException("rules version " + rulesVersion + " is not " + Allocation.RULES_VERSION);
        }
        TreeMap<UUID, Integer> sorted = new TreeMap<>(Ranking.ID_ORDER);
        places.forEach((partner, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("partner " + partner + ": places " + count);
            }
            sorted.put(partner, count);
        });
        places = Collections.unmodifiableSortedMap(sorted);
        candidates = List.copyOf(candidates);
        List<String> keys = criteria.list().stream().map(Criterion::key).toList();
        Set<UUID> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.applicationId())) {
                throw new IllegalArgumentException("application " + candidate.applicationId() + " appears twice");
            }
            if (!candidate.score().criteria().stream().map(CriterionScore::criterion).toList().equals(keys)) {
                throw new IllegalArgumentException("application " + candidate.applicationId() + " is not scored on the call's criteria");
            }
        }
    }

    public int placesAt(UUID partner) {
        return places.getOrDefault(partner, 0);
    }
}
