package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.call.CallParts;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.selection.ApplicantFacts;
import org.mobilitydesk.selection.Criterion;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.panel.ScoringViews.ScoreInput;

class ScoringRulesTest {

    private static final List<CallParts.Criterion> CRITERIA = List.of(
            new CallParts.Criterion(Map.of("en", "Motivation"), 70, 10, null, null, null),
            new CallParts.Criterion(Map.of("en", "Grade"), 20, 5, CriterionKind.GRADE_AVERAGE, null, null),
            new CallParts.Criterion(Map.of("en", "English"), 10, 6, CriterionKind.LANGUAGE_LEVEL, "EN", null));

    private static ProfileView profile(String average, String scale, List<LanguageLevel> languages) {
        return profile(average, scale, languages, false);
    }

    private static ProfileView profile(String average, String scale, List<LanguageLevel> languages, boolean fewerOpportunities) {
        return new ProfileView(true, "aizada", null, "Aizada", "Toktogulova", null, null, null, null, null, null,
                average == null ? null : new BigDecimal(average), scale == null ? null : new BigDecimal(scale), languages, null, null, null,
                fewerOpportunities, 1, null);
    }

    @Test
    void criteriaAreKeyedByTheirIndex() {
        assertThat(ScoringRules.criteria(CRITERIA).list()).containsExactly(Criterion.evaluated("0", 70, 10),
                Criterion.computed("1", 20, 5, CriterionKind.GRADE_AVERAGE), Criterion.language("2", 10, 6, "en"));
    }

    @Test
    void factsComeFromTheSnapshot() {
        ApplicantFacts facts = ScoringRules.facts(profile("4.30", "5.00", List.of(new LanguageLevel("EN", "B2"), new LanguageLevel("en", "C1"),
                new LanguageLevel("ky", "native"))));
        assertThat(facts.gradeAverage()).isEqualByComparingTo("4.30");
        assertThat(facts.gradeScale()).isEqualByComparingTo("5");
        assertThat(facts.languages()).isEqualTo(Map.of("en", "C1")); // the higher of two levels; a level that is not CEFR is left out
        assertThat(facts.fewerOpportunities()).isFalse();
        assertThat(ScoringRules.facts(profile(null, null, List.of(), true)).fewerOpportunities()).isTrue();
        // a grade without its scale, or above it, is no grade
        assertThat(ScoringRules.facts(profile("4.30", null, List.of())).gradeAverage()).isNull();
        assertThat(ScoringRules.facts(profile("6", "5", null)).gradeAverage()).isNull();
        assertThat(ScoringRules.facts(null)).isEqualTo(ApplicantFacts.none());
    }

    @Test
    void scoresAreCheckedAtTheirField() {
        List<FieldError> errors = ScoringRules.errors(CRITERIA, List.of(new ScoreInput(0, 10, null), new ScoreInput(0, 11, "x".repeat(2001)),
                new ScoreInput(1, 3, null), new ScoreInput(7, 1, null), new ScoreInput(0, -1, " ".repeat(2500))));
        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("scores[1].criterion", "common.duplicate"),
                tuple("scores[1].score", "common.between"),
                tuple("scores[1].comment", "common.tooLong"),
                tuple("scores[2].criterion", "scoring.unknownCriterion"),
                tuple("scores[3].criterion", "scoring.unknownCriterion"),
                tuple("scores[4].criterion", "common.duplicate"),
                tuple("scores[4].score", "common.between"));
        assertThat(errors.get(1).args()).isEqualTo(Map.of("minimum", "0", "maximum", "10"));
    }

    @Test
    void aSubmissionScoresEveryCriterionOfTheEvaluators() {
        assertThat(ScoringRules.missing(CRITERIA, List.of())).extracting(FieldError::code, e -> e.args().get("criterion"))
                .containsExactly(tuple("scoring.scoreMissing", "0"));
        assertThat(ScoringRules.missing(CRITERIA, List.of(new StoredEvaluation.Score(0, 4, null)))).isEmpty();
    }
}
