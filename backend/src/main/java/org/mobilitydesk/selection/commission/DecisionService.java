package org.mobilitydesk.selection.commission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.call.Call;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.commission.DecisionViews.DecisionInput;
import org.mobilitydesk.selection.commission.DecisionViews.DecisionState;
import org.mobilitydesk.selection.commission.DecisionViews.DecisionView;
import org.mobilitydesk.selection.commission.DecisionViews.ReopenInput;
import org.mobilitydesk.selection.panel.EvaluationPanel;
import org.mobilitydesk.selection.panel.SelectionEvent;

/**
 * The competition commission's decision: it adopts a current allocation run of a closed call, which locks the panel,
 * the declarations and the scores until a coordinator reopens it with a reason. Deciding and reopening lock the call
 * and its panel, so two coordinators deciding at once queue and the second is refused.
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    AllocationService allocations;
    @Inject
    Clock clock;

    @Transactional
    public DecisionState state(UUID callId) {
        calls.get(callId);
        return state(callId, decisions(callId));
    }

    @Transactional
    public DecisionState decide(UUID callId, DecisionInput input, String actor, String actorName) {
        CallView call = locked(callId);
        if (call.status() != CallStatus.CLOSED) {
            throw ProblemException.stateConflict("wrong-state", "Wrong state", call.status().name(),
                    CommissionRefusals.CALL_NOT_CLOSED.at("status", "The commission decides once the call has closed"));
        }
        List<CommissionDecision> decisions = decisions(callId);
        if (decisions.stream().anyMatch(CommissionDecision::inForce)) {
            throw ProblemException.stateConflict("decided", "Decided", "DECIDED",
                    CommissionRefusals.ALREADY_DECIDED.at("status", "A decision is in force: reopen it before deciding again"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(call.schedule().timeZone())));
        if (input.meetingDate().isAfter(today)) {
            throw ProblemException.unprocessable(List.of(CommissionRefusals.MEETING_IN_FUTURE.at("meetingDate",
                    "The commission cannot have met after today, " + today, today)));
        }
        SelectionRun run = SelectionRun.findById(input.runId());
        if (run == null || !run.callId.equals(callId)) {
            throw ProblemException.unprocessable(List.of(CommissionRefusals.UNKNOWN_RUN.at("runId", "No allocation run of this call has this id")));
        }
        if (!allocations.current(call, run)) {
            throw ProblemException.stateConflict("run-out-of-date", "Run out of date", "UNDECIDED", CommissionRefusals.RUN_OUT_OF_DATE.at("runId",
                    "Scores, eligibility or places changed since this run: run the allocation again and decide on the new run"));
        }
        Instant now = now();
        CommissionDecision d = new CommissionDecision();
        d.id = UUID.randomUUID();
        d.callId = callId;
        d.runId = run.id;
        d.meetingDate = input.meetingDate();
        d.members = input.members().stream().map(String::strip).toList();
        d.remarks = input.remarks() == null || input.remarks().isBlank() ? null : input.remarks().strip();
        d.decidedBy = actor;
        d.decidedByName = actorName;
        d.decidedAt = now;
        d.persist();
        em.flush();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decisionId", d.id.toString());
        detail.put("runId", run.id.toString());
        detail.put("meetingDate", d.meetingDate.toString());
        detail.put("members", d.members);
        SelectionEvent.record(callId, null, actor, SelectionEvent.Kind.DECIDED, detail, now);
        return state(callId, decisions(callId));
    }

    @Transactional
    public DecisionState reopen(UUID callId, ReopenInput input, String actor, String actorName) {
        locked(callId);
        boolean published = (Boolean) em.createNativeQuery("select exists (select 1 from selection_results where call_id = :call)")
                .setParameter("call", callId).getSingleResult();
        if (published) {
            throw ProblemException.stateConflict("published", "Published", "PUBLISHED",
                    CommissionRefusals.PUBLISHED.at("status", "The results are published: the decision stands"));
        }
        CommissionDecision d = inForce(callId).orElseThrow(() -> ProblemException.stateConflict("not-decided", "Not decided", "UNDECIDED",
                CommissionRefusals.NOT_DECIDED.at("status", "No decision is in force")));
        Instant now = now();
        d.reopenedReason = input.reason().strip();
        d.reopenedBy = actor;
        d.reopenedByName = actorName;
        d.reopenedAt = now;
        em.flush();
        SelectionEvent.record(callId, null, actor, SelectionEvent.Kind.REOPENED, Map.of("decisionId", d.id.toString(), "reason", d.reopenedReason), now);
        return state(callId, decisions(callId));
    }

    /** The decision in force; 409 when there is none. */
    public CommissionDecision requireInForce(UUID callId) {
        calls.get(callId);
        return inForce(callId).orElseThrow(() -> ProblemException.stateConflict("not-decided", "Not decided", "UNDECIDED",
                CommissionRefusals.NOT_DECIDED.at("status", "The commission has not decided yet")));
    }

    /** The decision in force, if any. */
    public Optional<CommissionDecision> inForce(UUID callId) {
        return CommissionDecision.<CommissionDecision>find("callId = ?1 and reopenedAt is null", callId).firstResultOptional();
    }

    private CallView locked(UUID callId) {
        if (em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProblemException.notFound("Call " + callId);
        }
        em.find(EvaluationPanel.class, callId, LockModeType.PESSIMISTIC_WRITE);
        return calls.get(callId);
    }

    private static List<CommissionDecision> decisions(UUID callId) {
        return CommissionDecision.list("callId = ?1 order by decidedAt desc, id", callId);
    }

    private static DecisionState state(UUID callId, List<CommissionDecision> decisions) {
        return new DecisionState(callId, decisions.stream().filter(CommissionDecision::inForce).findFirst().map(DecisionService::view).orElse(null),
                decisions.stream().filter(d -> !d.inForce()).map(DecisionService::view).toList());
    }

    private static DecisionView view(CommissionDecision d) {
        return new DecisionView(d.id, d.runId, d.meetingDate, d.members, d.remarks, d.decidedByName, d.decidedAt, d.reopenedReason, d.reopenedByName,
                d.reopenedAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so the answer equals a later read
    }
}
