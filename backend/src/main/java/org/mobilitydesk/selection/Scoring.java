package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores an application against a call's criteria (issue 12 §3). An evaluator-scored criterion scores the mean of the
 * submitted evaluations (drafts do not count); a computed one reads the profile snapshot. The total is
 * Σ weight × score / max on 0–100, kept exact and rounded half-up to two decimals only at the end, so that rounding
 * per criterion never moves a total.
 */
public final class Scoring {

    private static final int DISPLAY_SCALE = 2;

    private Scoring() {
    }

    public static ScoreCard score(Criteria criteria, ScoringSettings settings, ApplicantFacts facts, List<Evaluation> evaluations) {
        checkScores(criteria, evaluations);
        List<CriterionScore> scores = new ArrayList<>();
        Ratio total = Ratio.ZERO;
        for (Criterion criterion : criteria.list()) {
            CriterionScore score = criterion.kind() == CriterionKind.EVALUATOR ? evaluated(criterion, settings, evaluations)
                    : computed(criterion, facts);
            scores.add(score);
            total = total.plus(score.exact().times(Ratio.of(criterion.weight(), criterion.maxScore())));
        }
        return new ScoreCard(scores, total, total.rounded(DISPLAY_SCALE), settings.minEvaluations());
    }

    private static void checkScores(Criteria criteria, List<Evaluation> evaluations) {
        for (Evaluation evaluation : evaluations) {
            evaluation.scores().forEach((key, score) -> {
                Criterion criterion = criteria.list().stream().filter(c -> c.key().equals(key)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no criterion " + key));
                if (criterion.kind().computed()) {
                    throw new IllegalArgumentException("criterion " + key + " is computed, not scored by evaluators");
                }
                if (score == null || score < 0 || score > criterion.maxScore()) {
                    throw new IllegalArgumentException("criterion " + key + ": score " + score + " is not 0.." + criterion.maxScore());
                }
            });
        }
    }

    private static CriterionScore evaluated(Criterion criterion, ScoringSettings settings, List<Evaluation> evaluations) {
        List<Integer> submitted = evaluations.stream().filter(Evaluation::submitted).map(e -> e.scores().get(criterion.key()))
                .filter(Objects::nonNull).toList();
        List<ScoreFlag> flags = new ArrayList<>();
        if (submitted.size() < settings.minEvaluations()) {
            flags.add(ScoreFlag.TOO_FEW_EVALUATIONS);
        }
        Ratio mean = Ratio.ZERO;
        if (!submitted.isEmpty()) {
            int spread = submitted.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - submitted.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (BigDecimal.valueOf(spread).compareTo(settings.disagreementThreshold().multiply(BigDecimal.valueOf(criterion.maxScore()))) > 0) {
                flags.add(ScoreFlag.DISAGREEMENT);
            }
            mean = Ratio.of(submitted.stream().mapToLong(Integer::longValue).sum(), submitted.size());
        }
        return score(criterion, mean, submitted.size(), flags);
    }

    private static CriterionScore computed(Criterion criterion, ApplicantFacts facts) {
        Ratio max = Ratio.of(criterion.maxScore());
        return switch (criterion.kind()) {
            case GRADE_AVERAGE -> facts.gradeAverage() == null ? score(criterion, Ratio.ZERO, 0, List.of(ScoreFlag.MISSING_GRADE))
                    : score(criterion, max.times(Ratio.of(facts.gradeAverage())).dividedBy(Ratio.of(facts.gradeScale())), 0, List.of());
            case LANGUAGE_LEVEL -> {
                String level = facts.languages().get(criterion.language());
                yield level == null ? score(criterion, Ratio.ZERO, 0, List.of(ScoreFlag.LANGUAGE_NOT_DECLARED))
                        : score(criterion, max.times(Ratio.of(ApplicantFacts.CEFR_LEVELS.indexOf(level) + 1, 6)), 0, List.of());
            }
            case FEWER_OPPORTUNITIES -> score(criterion, facts.fewerOpportunities() ? max : Ratio.ZERO, 0, List.of());
            case EVALUATOR -> throw new IllegalStateException("evaluator-scored criterion " + criterion.key());
        };
    }

    private static CriterionScore score(Criterion criterion, Ratio exact, int submittedEvaluations, List<ScoreFlag> flags) {
        return new CriterionScore(criterion.key(), exact, exact.rounded(DISPLAY_SCALE), submittedEvaluations, flags);
    }
}
