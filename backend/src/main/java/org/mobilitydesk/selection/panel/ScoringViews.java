package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.ScoreFlag;

/** What the scoring endpoints answer and take. Criteria are named by their index in the call's criteria. */
public final class ScoringViews {

    private ScoringViews() {
    }

    @Schema(name = "ScoreInput", description = "My score for one criterion scored by evaluators")
    public record ScoreInput(@Schema(required = true, description = "The criterion's index in the call's criteria", examples = "0") @NotNull Integer criterion,
            @Schema(required = true, description = "0 to the criterion's maxScore", examples = "7") @NotNull Integer score,
            @Schema(maxLength = 2000, description = "Why this score, at most 2000 characters") String comment) {
    }

    @Schema(name = "EvaluationInput", description = "My draft scores: they replace the saved ones; criteria may be left out until I submit")
    public record EvaluationInput(@Schema(required = true, maxItems = 100) @NotNull @Size(max = 100) List<@NotNull @Valid ScoreInput> scores,
            @Schema(required = true, description = "The version I loaded (0 before the first save)") @NotNull Integer version) {
    }

    @Schema(name = "EvaluationSubmitInput", description = "Submits my saved scores")
    public record SubmitInput(@Schema(required = true, description = "The version I loaded") @NotNull Integer version) {
    }

    @Schema(name = "ScoreFlagAt", description = "A flag for the commission, with the index of the criterion it concerns")
    public record FlagView(@Schema(required = true) ScoreFlag flag, @Schema(required = true) int criterion) {
    }

    @Schema(name = "OtherEvaluatorScore", description = "Another evaluator's submitted score, shown once I submitted mine")
    public record OtherScore(@Schema(required = true, examples = "Aigerim Bekova") String evaluator, @Schema(required = true) int score, String comment) {
    }

    @Schema(name = "EvaluatedCriterion", description = "A criterion scored by evaluators, with my score; others, mean and flags appear once I submitted")
    public record EvaluatedCriterion(@Schema(required = true) int criterion,
            @Schema(required = true, description = "By language") Map<String, String> name,
            @Schema(required = true, description = "What to score by, by language") Map<String, String> description,
            @Schema(required = true) int maxScore,
            @Schema(required = true) int weight,
            @Schema(description = "Absent until I score it") Integer score,
            String comment,
            @Schema(description = "Absent until I submitted: the other evaluators' submitted scores") List<OtherScore> others,
            @Schema(description = "Absent until I submitted: the mean of the submitted scores, two decimals") BigDecimal mean) {
    }

    @Schema(name = "ComputedCriterion", description = "A criterion computed from the applicant's submitted profile")
    public record ComputedCriterion(@Schema(required = true) int criterion,
            @Schema(required = true) Map<String, String> name,
            @Schema(required = true) Map<String, String> description,
            @Schema(required = true) CriterionKind kind,
            @Schema(description = "LANGUAGE_LEVEL only") String language,
            @Schema(required = true) int maxScore,
            @Schema(required = true) int weight,
            @Schema(required = true, description = "0 to maxScore, two decimals") BigDecimal value) {
    }

    @Schema(name = "MyEvaluation", description = "My evaluation of an application. Blind: before I submit, the other evaluators' scores, the means "
            + "and the flags are absent (not refused)")
    public record MyEvaluationView(@Schema(required = true) UUID applicationId,
            @Schema(required = true, description = "NOT_STARTED before my first save") String status,
            @Schema(required = true, description = "0 before my first save") int version,
            Instant submittedAt,
            @Schema(required = true) List<EvaluatedCriterion> criteria,
            @Schema(required = true) List<ComputedCriterion> computed,
            @Schema(description = "Absent until I submitted") List<FlagView> flags) {
    }

    @Schema(name = "ApplicationCriterionScore", description = "An application's score on one criterion: the mean of the submitted evaluations, or the computed value")
    public record CriterionScoreView(@Schema(required = true) int criterion,
            @Schema(required = true) CriterionKind kind,
            @Schema(description = "0 to maxScore, two decimals; absent for a criterion scored by evaluators without a submitted evaluation") BigDecimal value,
            @Schema(required = true, description = "0 for a computed criterion") int submittedEvaluations) {
    }

    @Schema(name = "ApplicationScores", description = "An eligible application's scores")
    public record ApplicationScoresView(@Schema(required = true) UUID applicationId,
            @Schema(required = true) String receiptNumber,
            @Schema(required = true) String applicantName,
            @Schema(required = true, description = "Evaluators who submitted") int submittedEvaluations,
            @Schema(required = true, description = "The panel's minimum") int requiredEvaluations,
            @Schema(required = true, description = "In the call's order") List<CriterionScoreView> criteria,
            @Schema(description = "Σ weight × score / max on 0–100, rounded at the end to two decimals; absent while evaluations are missing") BigDecimal total,
            @Schema(required = true) List<FlagView> flags) {
    }

    @Schema(name = "CallScores", description = "The eligible applications of a call by total (highest first; incomplete ones last), then receipt number")
    public record CallScoresView(@Schema(required = true) UUID callId,
            @Schema(required = true) int minEvaluations,
            @Schema(required = true) BigDecimal disagreementThreshold,
            @Schema(required = true) List<ApplicationScoresView> items) {
    }
}
