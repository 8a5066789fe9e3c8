package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * An application's score on one criterion, on 0..maxScore: {@code exact} as computed (tie-breaks use it),
 * {@code rounded} to two decimals for display. {@code submittedEvaluations} is 0 for a computed criterion; flags are in
 * {@link ScoreFlag} order.
 */
public record CriterionScore(String criterion, Ratio exact, BigDecimal rounded, int submittedEvaluations, List<ScoreFlag> flags) {

    public CriterionScore {
        flags = List.copyOf(flags);
    }

    public boolean flagged(ScoreFlag flag) {
        return flags.contains(flag);
    }
}
