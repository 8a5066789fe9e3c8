package org.mobilitydesk.selection.commission;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.review.DownloadNames;
import org.mobilitydesk.call.CallParts;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.sheet.ExportFormat;
import org.mobilitydesk.common.sheet.SheetWriter;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.RankingRule;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomeView;
import org.mobilitydesk.selection.commission.AllocationViews.RunView;
import org.mobilitydesk.selection.commission.AllocationViews.StepView;
import org.mobilitydesk.selection.panel.PanelService;
import org.mobilitydesk.selection.panel.PanelViews.CoverageView;
import org.mobilitydesk.selection.panel.PanelViews.PanelView;
import org.mobilitydesk.selection.panel.ScoringService;
import org.mobilitydesk.selection.panel.ScoringViews.ApplicationScoresView;

/**
 * The documents of a selection in English: the minutes of the decision in force (PDF) and a run's ranking as CSV or
 * XLSX. They read the stored run, so they print what was decided even when scores changed after a reopening.
 */
@ApplicationScoped
public class MinutesService {

    /** The export's fixed columns before and after one column per criterion. */
    static final List<String> LEADING = List.of("Rank", "Receipt number", "Applicant");
    static final List<String> TRAILING = List.of("Total", "Outcome", "Partner", "Preference", "Reserve position", "Above the next by", "Explanation");

    @Inject
    CallService calls;
    @Inject
    AllocationService allocations;
    @Inject
    DecisionService decisions;
    @Inject
    OutcomeStore outcomes;
    @Inject
    PanelService panels;
    @Inject
    ScoringService scoring;
    @Inject
    Clock clock;

    /** The PDF of the minutes of the decision in force; 409 when none is. */
    @Transactional
    public byte[] minutes(UUID callId) {
        CommissionDecision d = decisions.requireInForce(callId);
        CallView call = calls.get(callId);
        RunView run = allocations.get(callId, d.runId);
        List<OutcomeView> all = outcomes.all(call, d.runId);
        Map<UUID, String> partners = partnerNames(run);
        Map<UUID, ApplicationScoresView> scores = scoring.call(callId).items().stream()
                .collect(Collectors.toMap(ApplicationScoresView::applicationId, Function.identity()));
        List<String> criterionNames = call.criteria().stream().map(c -> c.name().get("en")).toList();

        List<List<String>> criteria = call.criteria().stream().map(c -> List.of(c.name().get("en"), scoredBy(c), c.weight() + " %",
                String.valueOf(c.maxScore()))).toList();
        PanelView panel = panels.get(callId);
        CoverageView coverage = panels.coverage(callId);
        List<String> panelLines = List.of("Members: " + (panel.members().isEmpty() ? "–"
                : panel.members().stream().map(m -> m.evaluator().displayName()).collect(Collectors.joining("; "))),
                "Each application needs " + panel.minEvaluations() + " submitted evaluations; evaluations more than "
                        + panel.disagreementThreshold().movePointRight(2).stripTrailingZeros().toPlainString() + " % of a criterion's maximum apart are flagged.");
        List<List<String>> conflicts = coverage.applications().stream().flatMap(a -> a.conflicts().stream()
                .map(c -> List.of(c.evaluator().displayName(), a.receiptNumber(), c.note()))).toList();
        List<MinutesDocument.Ranked> ranking = all.stream().map(o -> new MinutesDocument.Ranked(o.rank() == null ? "–" : o.rank().toString(),
                o.receiptNumber(), o.applicantName(), o.scores().stream().map(MinutesService::decimal).toList(), decimal(o.total()), outcome(o, partners),
                o.decidedBy() == null ? "" : rule(o.decidedBy(), criterionNames.get(run.heaviestCriterion())), flags(scores.get(o.applicationId()), criterionNames)))
                .toList();
        List<List<String>> fills = run.partners().stream().map(p -> List.of(p.partner().name(), String.valueOf(p.places()), String.valueOf(p.filled()),
                all.stream().filter(o -> p.partner().id().equals(o.partnerId())).map(o -> o.rank() + ": " + o.receiptNumber())
                        .collect(Collectors.joining(", ")))).toList();
        List<List<String>> reserve = all.stream().filter(o -> o.status() == OutcomeStatus.RESERVE)
                .map(o -> List.of(o.reservePosition().toString(), o.rank().toString(), o.receiptNumber(), o.applicantName())).toList();
        String callLine = "Academic year " + call.academicYear() + " · " + call.mobilityType() + " · " + call.direction() + " · deadline "
                + call.schedule().deadlineLocal() + " (" + call.schedule().timeZone() + ")";
        String runLine = "Allocation run " + run.id() + " (rules version " + run.rulesVersion() + ") of " + run.counts().candidates()
                + " eligible applications.";
        return new MinutesPdf().render(new MinutesDocument(call.title().get("en"), callLine, d.meetingDate.toString(), d.members, d.remarks,
                d.decidedByName, d.decidedAt, runLine, criteria, rules(run, criterionNames), panelLines, conflicts, criterionNames, ranking, fills, reserve,
                clock.instant()));
    }

    /** Writes a run's ranking, one row per outcome in the run's order. */
    @Transactional
    public void export(UUID callId, UUID runId, ExportFormat format, OutputStream out) throws IOException {
        CallView call = calls.get(callId);
        RunView run = allocations.get(callId, runId);
        Map<UUID, String> partners = partnerNames(run);
        List<String> criterionNames = call.criteria().stream().map(c -> c.name().get("en")).toList();
        try (SheetWriter sheet = SheetWriter.of(format, "Ranking", out)) {
            List<Object> header = new ArrayList<>(LEADING);
            header.addAll(criterionNames);
            header.addAll(TRAILING);
            sheet.row(header);
            for (OutcomeView o : outcomes.all(call, runId)) {
                List<Object> cells = new ArrayList<>(List.of(o.rank() == null ? "" : o.rank(), o.receiptNumber(), o.applicantName()));
                o.scores().forEach(s -> cells.add(s == null ? "" : s));
                cells.add(o.total() == null ? "" : o.total());
                cells.add(o.status().name());
                cells.add(o.partnerId() == null ? "" : partners.getOrDefault(o.partnerId(), o.partnerId().toString()));
                cells.add(o.preference() == null ? "" : o.preference());
                cells.add(o.reservePosition() == null ? "" : o.reservePosition());
                cells.add(o.decidedBy() == null ? "" : rule(o.decidedBy(), criterionNames.get(run.heaviestCriterion())));
                cells.add(o.explanation().stream().map(StepView::text).collect(Collectors.joining(" ")));
                sheet.row(cells);
            }
            sheet.finish();
        }
    }

    /** A download's file name: prefix, the call's title and today's date in the call's time zone. */
    @Transactional
    public String fileName(UUID callId, String prefix, String extension) {
        CallView call = calls.get(callId);
        return DownloadNames.ofCall(prefix, call.title(), callId, LocalDate.now(clock.withZone(ZoneId.of(call.schedule().timeZone()))), extension);
    }

    private static Map<UUID, String> partnerNames(RunView run) {
        return run.partners().stream().collect(Collectors.toMap(p -> p.partner().id(), p -> p.partner().name(), (a, b) -> a));
    }

    private static List<String> rules(RunView run, List<String> criterionNames) {
        List<String> lines = new ArrayList<>();
        lines.add("Candidates are ranked by the total, Σ weight × score / maximum on 0–100, rounded to two decimals at the end; each score is the "
                + "mean of the submitted evaluations or the value computed from the submitted profile.");
        lines.add("Ties on the total are broken, in this order, by: " + run.tieBreaks().stream()
                .map(r -> rule(r, criterionNames.get(run.heaviestCriterion()))).collect(Collectors.joining("; ")) + ".");
        lines.add(run.minimumTotal() == null ? "The call sets no minimum total."
                : "Candidates with a total below " + decimal(run.minimumTotal()) + " are not selected.");
        lines.add("In rank order, each candidate gets their highest preference with a place left; those without one form the reserve list in rank order.");
        return lines;
    }

    static String rule(RankingRule rule, String heaviest) {
        return switch (rule) {
            case TOTAL -> "the higher total";
            case FEWER_OPPORTUNITIES_FIRST -> "fewer opportunities first";
            case HEAVIEST_CRITERION -> "the higher score on " + heaviest;
            case EARLIER_SUBMISSION -> "the earlier submission";
            case APPLICATION_ID -> "the application's identifier";
        };
    }

    private static String outcome(OutcomeView o, Map<UUID, String> partners) {
        return switch (o.status()) {
            case PLACED -> partners.getOrDefault(o.partnerId(), o.partnerId().toString()) + " (choice " + o.preference() + ")";
            case RESERVE -> "Reserve, position " + o.reservePosition();
            case NOT_SELECTED -> "Not selected: below the minimum";
            case INCOMPLETE -> "Not ranked: evaluations missing";
            case DECLINED -> "Declined";
        };
    }

    private static String flags(ApplicationScoresView scores, List<String> criterionNames) {
        if (scores == null) {
            return "";
        }
        return scores.flags().stream().map(f -> f.flag().name().toLowerCase().replace('_', ' ') + " (" + criterionNames.get(f.criterion()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String scoredBy(CallParts.Criterion c) {
        return switch (c.kind() == null ? CriterionKind.EVALUATOR : c.kind()) {
            case EVALUATOR -> "Evaluators";
            case GRADE_AVERAGE -> "Grade average, computed";
            case LANGUAGE_LEVEL -> "Level of " + c.language() + " (CEFR), computed";
            case FEWER_OPPORTUNITIES -> "Fewer opportunities, computed";
        };
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
