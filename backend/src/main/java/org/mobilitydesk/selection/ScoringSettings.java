package org.mobilitydesk.selection;

import java.math.BigDecimal;

/**
 * A call's scoring settings: how many submitted evaluations every evaluator-scored criterion needs before the application
 * is ranked, and the spread between evaluators (a fraction of the criterion's maximum) above which the commission is told.
 */
public record ScoringSettings(int minEvaluations, BigDecimal disagreementThreshold) {

    public static final ScoringSettings DEFAULTS = new ScoringSettings(2, new BigDecimal("0.30"));

    public ScoringSettings {
        if (minEvaluations < 1) {
            throw new IllegalArgumentException("minEvaluations " + minEvaluations + " is below 1");
        }
        if (disagreementThreshold.signum() < 0 || disagreementThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("disagreementThreshold " + disagreementThreshold + " is not 0..1");
        }
    }
}
