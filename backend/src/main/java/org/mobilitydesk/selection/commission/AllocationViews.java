package org.mobilitydesk.selection.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.common.Page;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.RankingRule;
import org.mobilitydesk.selection.StepCode;

/** What the allocation endpoints answer. Criteria are named by their index in the call's criteria. */
public final class AllocationViews {

    private AllocationViews() {
    }

    @Schema(name = "AllocationCounts", description = "How a run's candidates came out")
    public record Counts(@Schema(required = true, description = "Eligible applications taken into the run") int candidates,
            @Schema(required = true, description = "Ranked: their scoring is complete") int ranked,
            @Schema(required = true) int placed,
            @Schema(required = true) int reserve,
            @Schema(required = true, description = "Ranked below the call's minimum total") int notSelected,
            @Schema(required = true, description = "Not ranked: evaluations missing") int incomplete) {
    }

    @Schema(name = "AllocationPartner", description = "A partner's places in the run and how many it filled")
    public record FillView(@Schema(required = true) PartnerRef partner, @Schema(required = true) int places, @Schema(required = true) int filled) {
    }

    @Schema(name = "AllocationRunSummary", description = "A stored allocation run in a call's list")
    public record RunSummary(@Schema(required = true) UUID id,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, description = "Who ran it", examples = "Nurlan Asanov") String createdBy,
            @Schema(required = true) Counts counts) {
    }

    @Schema(name = "AllocationRunPage", description = "One page of a call's allocation runs, newest first")
    public static class RunPage extends Page<RunSummary> {
        public RunPage(List<RunSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "AllocationRun", description = "A stored allocation run: the rules it applied and what it gave. Its outcomes are paged separately.")
    public record RunView(@Schema(required = true) UUID id,
            @Schema(required = true) UUID callId,
            @Schema(required = true, description = "The version of the allocation rules that computed it", examples = "1") String rulesVersion,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, examples = "Nurlan Asanov") String createdBy,
            @Schema(required = true, description = "The inputs (criteria, places, rules, preferences, scores) are still those of the run: "
                    + "false once a score, an eligibility decision or the places changed since") boolean current,
            @Schema(required = true, description = "The rules applied after the total, in order") List<RankingRule> tieBreaks,
            @Schema(required = true, description = "Index of the criterion the HEAVIEST_CRITERION tie-break reads") int heaviestCriterion,
            @Schema(required = true) boolean fewerOpportunitiesFirst,
            @Schema(description = "Absent when the call sets none") BigDecimal minimumTotal,
            @Schema(required = true) Counts counts,
            @Schema(required = true, description = "Every partner of the call, in the call's order") List<FillView> partners) {
    }

    @Schema(name = "ExplanationStep", description = "One step of an outcome's explanation: a code with its arguments (partners by id, other candidates "
            + "by rank, criteria by index, preference 1 = first choice), and its English text")
    public record StepView(@Schema(required = true) StepCode code,
            @Schema(required = true, description = "The arguments the code names", examples = "{\"partnerId\": \"…\", \"preference\": 2}") Map<String, Object> args,
            @Schema(required = true, examples = "University of Milan (your 2nd choice): placed.") String text) {
    }

    @Schema(name = "AllocationOutcome", description = "One candidate's outcome in a run")
    public record OutcomeView(@Schema(required = true) UUID applicationId,
            @Schema(required = true, examples = "MD-2027-000123") String receiptNumber,
            @Schema(required = true) String applicantName,
            @Schema(required = true) OutcomeStatus status,
            @Schema(description = "Absent while the scoring is incomplete") Integer rank,
            @Schema(description = "0–100, two decimals; absent while the scoring is incomplete") BigDecimal total,
            @Schema(description = "Where placed") UUID partnerId,
            @Schema(description = "Which preference placed (1 = first choice)") Integer preference,
            @Schema(description = "Position on the reserve list, 1 first") Integer reservePosition,
            @Schema(description = "The rule that put this candidate above the next rank; absent for the last") RankingRule decidedBy,
            @Schema(required = true, description = "Per criterion in the call's order, two decimals; null where evaluations are missing") List<BigDecimal> scores,
            @Schema(required = true) List<StepView> explanation) {
    }

    @Schema(name = "AllocationOutcomePage", description = "One page of a run's outcomes in the run's order: by rank, then the unranked")
    public static class OutcomePage extends Page<OutcomeView> {
        public OutcomePage(List<OutcomeView> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }
}
