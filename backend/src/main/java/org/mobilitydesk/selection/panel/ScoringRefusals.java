package org.mobilitydesk.selection.panel;

import org.mobilitydesk.common.Refusal;

/**
 * The refusals of evaluators' scoring ({@link ScoringRules}, {@link ScoringService}); a score out of range, a criterion
 * given twice and a comment too long use {@link org.mobilitydesk.common.CommonRefusals}.
 */
public final class ScoringRefusals {

    /** 422 at scores[i].criterion: no evaluator-scored criterion of the call has this index. */
    public static final Refusal UNKNOWN_CRITERION = Refusal.of("scoring.unknownCriterion");
    /** 422 at scores, one per criterion: a submission scores every evaluator-scored criterion (criterion: its index). */
    public static final Refusal SCORE_MISSING = Refusal.of("scoring.scoreMissing", "criterion");
    /** 409: the commission's decision in force locks the scores. */
    public static final Refusal DECIDED = Refusal.of("scoring.decided");
    /** 409: a submitted evaluation is not changed. */
    public static final Refusal SUBMITTED = Refusal.of("scoring.submitted");

    private ScoringRefusals() {
    }
}
