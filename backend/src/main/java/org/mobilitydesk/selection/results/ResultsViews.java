package org.mobilitydesk.selection.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.common.Page;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.commission.AllocationViews.StepView;

/** What the results endpoints answer and take. */
public final class ResultsViews {

    private ResultsViews() {
    }

    @Schema(name = "PublishResultsInput", description = "Publishes the results of the decision in force")
    public record PublishInput(@Schema(required = true, minimum = "1", maximum = "60", description = "Days a candidate has to answer an offer, "
            + "to the end of the last day in the call's time zone; a place freed later is offered for as many days", examples = "7")
            @NotNull @Min(value = 1, message = "must be between 1 and 60") @Max(value = 60, message = "must be between 1 and 60") Integer responseDays,
            @Schema(minimum = "0", maximum = "60", description = "Days after publication in which candidates may appeal (0: none); 7 when absent", examples = "7")
            @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60") Integer appealDays) {

        int appealDaysOrDefault() {
            return appealDays == null ? 7 : appealDays;
        }
    }

    @Schema(name = "AppealInput", description = "My appeal against my result")
    public record AppealInput(@Schema(required = true, maxLength = 4000, description = "What I contest and why") @NotBlank @Size(max = 4000) String text) {
    }

    @Schema(name = "AppealAnswerInput", description = "The coordinator's answer to an appeal")
    public record AnswerInput(@Schema(required = true) @NotNull SelectionAppeal.Decision decision,
            @Schema(required = true, maxLength = 4000, description = "The reasons, told to the candidate") @NotBlank @Size(max = 4000) String answer) {
    }

    @Schema(name = "Appeal", description = "An appeal against a selection result and its answer")
    public record AppealView(@Schema(required = true) UUID id,
            @Schema(required = true) UUID applicationId,
            @Schema(required = true) String receiptNumber,
            @Schema(required = true) String applicantName,
            @Schema(required = true) String text,
            @Schema(required = true) Instant lodgedAt,
            @Schema(description = "Absent while the appeal waits") SelectionAppeal.Decision decision,
            String answer,
            String answeredBy,
            Instant answeredAt) {
    }

    @Schema(name = "ResultsCounts", description = "How the candidates stand now")
    public record Counts(@Schema(required = true, description = "Holding a place, answered or not") int placed,
            @Schema(required = true) int accepted,
            @Schema(required = true, description = "Offered, not answered yet") int pending,
            @Schema(required = true, description = "Declined, withdrawn or expired") int declined,
            @Schema(required = true) int reserve,
            @Schema(required = true) int notSelected,
            @Schema(required = true) int incomplete) {
    }

    @Schema(name = "CallResults", description = "A call's results: whether they are published and how the candidates stand")
    public record CallResultsView(@Schema(required = true) UUID callId,
            @Schema(required = true) boolean published,
            Instant publishedAt,
            String publishedBy,
            Integer responseDays,
            @Schema(description = "Days after publication in which candidates may appeal (0: none); absent until published") Integer appealDays,
            @Schema(description = "The last instant to appeal; absent until published and when the results allow no appeal") Instant appealUntil,
            @Schema(description = "Absent until published") Counts counts) {
    }

    @Schema(name = "MyCriterionScore", description = "My score on one of the call's criteria")
    public record CriterionScoreView(@Schema(required = true) int criterion,
            @Schema(required = true, description = "By language") Map<String, String> name,
            @Schema(required = true) int weight,
            @Schema(required = true) int maxScore,
            @Schema(description = "Two decimals; absent where evaluations are missing") BigDecimal score) {
    }

    @Schema(name = "MyOffer", description = "The place offered to me and my answer; after leaving the reserve list, only the answer (DECLINED) and when")
    public record OfferView(@Schema(required = true, description = "PENDING until I answer; EXPIRED when I did not answer in time") SelectionOffer.Response response,
            @Schema(description = "Absent when I left the reserve list without an offer") Instant offeredAt,
            @Schema(description = "The last instant to answer; absent when I left the reserve list without an offer") Instant respondBy,
            @Schema(description = "respondBy in the call's time zone") OffsetDateTime respondByLocal,
            @Schema(required = true, examples = "Asia/Bishkek") String timeZone,
            Instant respondedAt) {
    }

    @Schema(name = "MyResult", description = "My outcome in the call's selection, once the results are published; only mine")
    public record MyResultView(@Schema(required = true) UUID applicationId,
            @Schema(required = true, description = "false until the results are published: nothing else is given then") boolean published,
            OutcomeStatus status,
            Integer rank,
            BigDecimal total,
            @Schema(description = "Where I am placed") PartnerRef partner,
            @Schema(description = "Which of my preferences placed me (1 = first choice)") Integer preference,
            Integer reservePosition,
            List<CriterionScoreView> scores,
            @Schema(description = "Why: the decided outcome, then every move of the cascades") List<StepView> explanation,
            @Schema(description = "Present when a place was offered to me (also after I declined)") OfferView offer,
            @Schema(description = "The last instant to appeal; absent when the results allow no appeal") Instant appealUntil,
            @Schema(description = "My appeals, newest first") List<AppealView> appeals) {

        static MyResultView unpublished(UUID applicationId) {
            return new MyResultView(applicationId, false, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @Schema(name = "ResultStanding", description = "How a candidate stands now, after the answers and the cascades")
    public record StandingView(@Schema(required = true) UUID applicationId,
            @Schema(required = true, examples = "MD-2027-000123") String receiptNumber,
            @Schema(required = true) String applicantName,
            @Schema(required = true) OutcomeStatus status,
            Integer rank,
            BigDecimal total,
            @Schema(description = "Where placed now") PartnerRef partner,
            @Schema(description = "Which preference placed (1 = first choice)") Integer preference,
            Integer reservePosition,
            @Schema(description = "The answer to the offer; absent when no place was offered") SelectionOffer.Response response,
            Instant respondBy,
            Instant respondedAt,
            @Schema(required = true, description = "The decided outcome, then every move of the cascades") List<StepView> explanation) {
    }

    @Schema(name = "ResultStandingPage", description = "The candidates of a published call by rank, then the unranked")
    public static class StandingPage extends Page<StandingView> {
        public StandingPage(List<StandingView> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }
}
