package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An application's scores: one per criterion in the call's order, and the total Σ weight × score / max on 0–100, exact
 * and rounded half-up to two decimals (ranking uses the rounded one, as published). {@code requiredEvaluations} is the
 * call's minimum that made the card complete or not.
 */
public record ScoreCard(List<CriterionScore> criteria, Ratio exactTotal, BigDecimal total, int requiredEvaluations) {

    public ScoreCard {
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(exactTotal, "exactTotal");
        Objects.requireNonNull(total, "total");
    }

    /** Every evaluator-scored criterion has its required number of submitted evaluations: the application can be ranked. */
    public boolean complete() {
        return flagged(ScoreFlag.TOO_FEW_EVALUATIONS).isEmpty();
    }

    /** The keys of the criteria with this flag, in the call's order. */
    public List<String> flagged(ScoreFlag flag) {
        return criteria.stream().filter(c -> c.flagged(flag)).map(CriterionScore::criterion).toList();
    }

    public CriterionScore score(String criterion) {
        return criteria.stream().filter(c -> c.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for criterion " + criterion));
    }
}
