package org.mobilitydesk.selection;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An eligible application in the competition: its preferences are partner ids, first choice first, without repeats.
 * {@code fewerOpportunities} is the applicant's declaration, read by the first tie-break when the call uses it.
 */
public record Candidate(UUID applicationId, Instant submittedAt, boolean fewerOpportunities, List<UUID> preferences, ScoreCard score) {

    public Candidate {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(score, "score");
        preferences = List.copyOf(preferences);
        if (preferences.isEmpty()) {
            throw new IllegalArgumentException("application " + applicationId + " has no preference");
        }
        if (new HashSet<>(preferences).size() != preferences.size()) {
            throw new IllegalArgumentException("application " + applicationId + " names a partner twice");
        }
    }
}
