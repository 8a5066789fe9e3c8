package org.mobilitydesk.selection.commission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.CallViews.PlaceView;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.Allocation;
import org.mobilitydesk.selection.Candidate;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.SelectionInput;
import org.mobilitydesk.selection.SelectionResult;
import org.mobilitydesk.selection.panel.ScoringRules;
import org.mobilitydesk.selection.panel.ScoringService;
import org.mobilitydesk.selection.panel.ScoringService.Scored;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.commission.AllocationViews.Counts;
import org.mobilitydesk.selection.commission.AllocationViews.FillView;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomePage;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomeView;
import org.mobilitydesk.selection.commission.AllocationViews.RunPage;
import org.mobilitydesk.selection.commission.AllocationViews.RunSummary;
import org.mobilitydesk.selection.commission.AllocationViews.RunView;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Coordinators run a closed call's ranking and allocation as a preview, as often as needed: each run gathers the
 * inputs (criteria, places, ranking rules, each eligible candidate's preferences and scores), lets the domain's
 * {@link Allocation} decide, and stores inputs and outcomes so the run can be reproduced and paged through.
 */
@ApplicationScoped
public class AllocationService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    ScoringService scoring;
    @Inject
    ReviewService review;
    @Inject
    OutcomeStore outcomes;
    @Inject
    SelectionJson json;
    @Inject
    Clock clock;

    /** Runs the allocation on the present inputs and stores the run; recorded in the selection trail. */
    @Transactional
    public RunView run(UUID callId, String actor, String actorName) {
        CallView call = calls.get(callId);
        if (call.status() != CallStatus.CLOSED) {
            throw ProblemException.stateConflict("wrong-state", "Wrong state", call.status().name(),
                    CommissionRefusals.CALL_NOT_CLOSED.at("status", "The allocation runs once the call has closed"));
        }
        if (call.criteria().isEmpty()) {
            throw ProblemException.stateConflict("wrong-state", "Wrong state", call.status().name(),
                    CommissionRefusals.NO_CRITERIA.at("criteria", "The call publishes no criteria to rank by"));
        }
        List<Scored> scored = scoring.scored(call);
        SelectionInput input = input(call, scored);
        SelectionResult result = Allocation.allocate(input);
        String inputJson = json.write(input);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        SelectionRun run = new SelectionRun();
        run.id = UUID.randomUUID();
        run.callId = callId;
        run.rulesVersion = result.rulesVersion();
        run.input = json.read(inputJson, JSON_OBJECT);
        run.inputHash = sha256(inputJson);
        run.tieBreaks = result.tieBreaks();
        run.heaviestCriterion = Integer.parseInt(result.heaviestCriterion());
        run.fewerOpportunitiesFirst = input.fewerOpportunitiesFirst();
        run.minimumTotal = input.minimumTotal();
        run.partners = result.partners().stream().map(p -> new SelectionRun.Fill(p.partnerId(), p.places(), p.placed())).toList();
        run.rankedCount = (int) result.outcomes().stream().filter(o -> o.rank() != null).count();
        run.placedCount = count(result, OutcomeStatus.PLACED);
        run.reserveCount = count(result, OutcomeStatus.RESERVE);
        run.notSelectedCount = count(result, OutcomeStatus.NOT_SELECTED);
        run.incompleteCount = count(result, OutcomeStatus.INCOMPLETE);
        run.createdBy = actor;
        run.createdByName = actorName;
        run.createdAt = now;
        run.persist();
        em.flush();
        outcomes.store(run.id, input, result);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("runId", run.id.toString());
        detail.put("candidates", input.candidates().size());
        detail.put("placed", run.placedCount);
        detail.put("reserve", run.reserveCount);
        SelectionEvent.record(callId, null, actor, SelectionEvent.Kind.ALLOCATION_RUN, detail, now);
        return view(call, run, true);
    }

    /** The call's runs, newest first. */
    @Transactional
    public RunPage runs(UUID callId, PageParams paging) {
        calls.get(callId);
        // the columns of the summary only: a run's input is large
        List<RunSummary> items = em.createQuery("select r.id, r.createdAt, r.createdByName, r.rankedCount, r.placedCount, r.reserveCount,"
                + " r.notSelectedCount, r.incompleteCount from SelectionRun r where r.callId = :call order by r.createdAt desc, r.id", Object[].class)
                .setParameter("call", callId).setFirstResult(paging.offset()).setMaxResults(paging.size).getResultStream()
                .map(r -> new RunSummary((UUID) r[0], (Instant) r[1], (String) r[2], counts((int) r[3], (int) r[4], (int) r[5], (int) r[6], (int) r[7])))
                .toList();
        long total = SelectionRun.count("callId", callId);
        return new RunPage(items, paging.page, paging.size, total);
    }

    /** One run, and whether its inputs are still the present ones. */
    @Transactional
    public RunView get(UUID callId, UUID runId) {
        CallView call = calls.get(callId);
        SelectionRun run = find(callId, runId);
        return view(call, run, current(call, run));
    }

    /** Whether the run's inputs are still the present ones: no score, eligibility, place or rule changed since. */
    boolean current(CallView call, SelectionRun run) {
        return !call.criteria().isEmpty() && run.inputHash.equals(sha256(json.write(input(call, scoring.scored(call)))));
    }

    /** One page of a run's outcomes in the run's order, optionally of one status. */
    @Transactional
    public OutcomePage outcomes(UUID callId, UUID runId, OutcomeStatus status, PageParams paging) {
        CallView call = calls.get(callId);
        // a run of this call? asked without loading the run's large input, on every page
        long owned = em.createQuery("select count(r) from SelectionRun r where r.id = :run and r.callId = :call", Long.class)
                .setParameter("run", runId).setParameter("call", callId).getSingleResult();
        if (owned == 0) {
            throw ProblemException.notFound("Allocation run " + runId);
        }
        return outcomes.page(call, runId, status, paging);
    }

    /** A stored run's input, read back: allocating it again gives the run's outcomes. */
    public SelectionInput storedInput(UUID runId) {
        return json.convert(SelectionRun.<SelectionRun>findById(runId).input, SelectionInput.class);
    }

    /** All a run's outcomes in the run's order, explained. */
    public List<OutcomeView> allOutcomes(CallView call, UUID runId) {
        return outcomes.all(call, runId);
    }

    SelectionRun find(UUID callId, UUID runId) {
        SelectionRun run = SelectionRun.findById(runId);
        if (run == null || !run.callId.equals(callId)) {
            throw ProblemException.notFound("Allocation run " + runId);
        }
        return run;
    }

    private SelectionInput input(CallView call, List<Scored> scored) {
        Map<UUID, List<UUID>> preferences = review.preferenceIds(scored.stream().map(s -> s.candidate().id()).toList());
        List<Candidate> candidates = scored.stream().map(s -> new Candidate(s.candidate().id(), s.candidate().submittedAt(),
                ScoringRules.facts(s.candidate().profile()).fewerOpportunities(), preferences.getOrDefault(s.candidate().id(), List.of()), s.card()))
                .toList();
        Map<UUID, Integer> places = call.places().stream().collect(Collectors.toMap(p -> p.partner().id(), PlaceView::places, Integer::sum));
        return new SelectionInput(Allocation.RULES_VERSION, ScoringRules.criteria(call.criteria()), places, candidates,
                Boolean.TRUE.equals(call.ranking().fewerOpportunitiesFirst()), call.ranking().minimumTotal());
    }

    private static RunView view(CallView call, SelectionRun run, boolean current) {
        Map<UUID, Integer> filled = run.partners.stream().collect(Collectors.toMap(SelectionRun.Fill::partnerId, f -> f.placed().size()));
        Map<UUID, Integer> places = run.partners.stream().collect(Collectors.toMap(SelectionRun.Fill::partnerId, SelectionRun.Fill::places));
        List<FillView> partners = call.places().stream().map(PlaceView::partner).collect(Collectors.toMap(PartnerRef::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)).values().stream()
                .map(p -> new FillView(p, places.getOrDefault(p.id(), 0), filled.getOrDefault(p.id(), 0))).toList();
        return new RunView(run.id, run.callId, run.rulesVersion, run.createdAt, run.createdByName, current, run.tieBreaks, run.heaviestCriterion,
                run.fewerOpportunitiesFirst, run.minimumTotal, counts(run), partners);
    }

    private static Counts counts(SelectionRun r) {
        return counts(r.rankedCount, r.placedCount, r.reserveCount, r.notSelectedCount, r.incompleteCount);
    }

    private static Counts counts(int ranked, int placed, int reserve, int notSelected, int incomplete) {
        return new Counts(ranked + incomplete, ranked, placed, reserve, notSelected, incomplete);
    }

    private static int count(SelectionResult result, OutcomeStatus status) {
        return (int) result.outcomes().stream().filter(o -> o.status() == status).count();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
