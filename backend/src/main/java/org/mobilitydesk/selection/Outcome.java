package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One candidate's outcome. {@code rank} (1-based, of {@code rankedCount} complete applications) and {@code total} are
 * null when the scoring is incomplete; {@code partnerId} and {@code preference} (1 = first choice) only when placed;
 * {@code reservePosition} (1 first) only on the reserve list.
 */
public record Outcome(UUID applicationId, OutcomeStatus status, Integer rank, int rankedCount, BigDecimal total, UUID partnerId,
        Integer preference, Integer reservePosition, List<ExplanationStep> explanation) {

    public Outcome {
        explanation = List.copyOf(explanation);
    }
}
