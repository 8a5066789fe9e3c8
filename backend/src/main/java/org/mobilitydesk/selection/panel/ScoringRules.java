package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.call.CallParts;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.selection.ApplicantFacts;
import org.mobilitydesk.selection.Criteria;
import org.mobilitydesk.selection.Criterion;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.panel.ScoringViews.ScoreInput;

/**
 * How an evaluator's scores are checked and how a call and a profile snapshot become the domain's scoring input. A
 * criterion is its index in the call's criteria (they do not change after the deadline, and scoring starts after it).
 * Pure.
 */
public final class ScoringRules {

    public static final int COMMENT_MAX = 2000;

    private ScoringRules() {
    }

    /** The domain's key of the criterion at this index. */
    public static String key(int index) {
        return Integer.toString(index);
    }

    /** The call's criteria for the domain, keyed by index. */
    public static Criteria criteria(List<CallParts.Criterion> criteria) {
        return new Criteria(IntStream.range(0, criteria.size()).mapToObj(i -> {
            CallParts.Criterion c = criteria.get(i);
            return new Criterion(key(i), c.weight(), c.maxScore(), c.kind(), c.kind() == CriterionKind.LANGUAGE_LEVEL ? c.language() : null);
        }).toList());
    }

    /**
     * What computed criteria read from the submitted profile: the grade average with its scale, the languages with a
     * CEFR level and the declaration of fewer opportunities.
     */
    public static ApplicantFacts facts(ProfileView profile) {
        if (profile == null) {
            return ApplicantFacts.none();
        }
        BigDecimal average = profile.gradeAverage();
        BigDecimal scale = profile.gradeScale();
        boolean grade = average != null && scale != null && scale.signum() > 0 && average.signum() >= 0 && average.compareTo(scale) <= 0;
        Map<String, String> languages = new TreeMap<>();
        for (LanguageLevel level : profile.languages() == null ? List.<LanguageLevel>of() : profile.languages()) {
            if (level.language() != null && ApplicantFacts.CEFR_LEVELS.contains(level.cefrLevel())) {
                languages.merge(level.language().toLowerCase(Locale.ROOT), level.cefrLevel(),
                        (a, b) -> ApplicantFacts.CEFR_LEVELS.indexOf(a) >= ApplicantFacts.CEFR_LEVELS.indexOf(b) ? a : b);
            }
        }
        return new ApplicantFacts(grade ? average : null, grade ? scale : null, languages, profile.fewerOpportunities());
    }

    /** The refusals of a draft's scores: each names an evaluator-scored criterion once, 0..its maximum, a short comment. */
    public static List<FieldError> errors(List<CallParts.Criterion> criteria, List<ScoreInput> scores) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreInput s = scores.get(i);
            String at = "scores[" + i + "].";
            if (!scored(criteria, s.criterion())) {
                errors.add(ScoringRefusals.UNKNOWN_CRITERION.at(at + "criterion", "is not the index of a criterion scored by evaluators"));
                continue;
            }
            if (!seen.add(s.criterion())) {
                errors.add(CommonRefusals.DUPLICATE.at(at + "criterion", "is given more than once"));
            }
            int max = criteria.get(s.criterion()).maxScore();
            if (s.score() < 0 || s.score() > max) {
                errors.add(CommonRefusals.BETWEEN.at(at + "score", "must be from 0 to " + max, 0, max));
            }
            if (s.comment() != null && s.comment().strip().length() > COMMENT_MAX) {
                errors.add(CommonRefusals.TOO_LONG.at(at + "comment", "must be at most " + COMMENT_MAX + " characters", COMMENT_MAX));
            }
        }
        return errors;
    }

    /** The evaluator-scored criteria without a score, one refusal each: a submission scores them all. */
    public static List<FieldError> missing(List<CallParts.Criterion> criteria, List<StoredEvaluation.Score> scores) {
        Set<Integer> given = new HashSet<>();
        scores.forEach(s -> given.add(s.criterion()));
        return IntStream.range(0, criteria.size()).filter(i -> scored(criteria, i) && !given.contains(i))
                .mapToObj(i -> ScoringRefusals.SCORE_MISSING.at("scores", "criterion " + i + " has no score", i)).toList();
    }

    private static boolean scored(List<CallParts.Criterion> criteria, int index) {
        return index >= 0 && index < criteria.size() && criteria.get(index).kind() == CriterionKind.EVALUATOR;
    }
}
