package org.mobilitydesk.selection.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.application.review.ReviewService.Candidate;
import org.mobilitydesk.call.Call;
import org.mobilitydesk.call.CallLifecycle;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.panel.PanelInput.PanelAssignmentSet;
import org.mobilitydesk.selection.panel.PanelViews.ConflictView;
import org.mobilitydesk.selection.panel.PanelViews.CoverageRow;
import org.mobilitydesk.selection.panel.PanelViews.CoverageTotals;
import org.mobilitydesk.selection.panel.PanelViews.CoverageView;
import org.mobilitydesk.selection.panel.PanelViews.EvaluatorRef;
import org.mobilitydesk.selection.panel.PanelViews.MemberView;
import org.mobilitydesk.selection.panel.PanelViews.PanelView;
import org.mobilitydesk.user.UserService;
import org.mobilitydesk.user.UserViews.UserView;

/** The coordinators' side of a call's evaluation panel: read it, set it (members, minimum, assignments), see its coverage. */
@ApplicationScoped
public class PanelService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    ReviewService review;
    @Inject
    UserService users;
    @Inject
    SelectionLock lock;
    @Inject
    Clock clock;

    /** The panel, or the empty one of a call that has none yet; 404 for no such call. */
    @Transactional
    public PanelView get(UUID callId) {
        CallStatus status = calls.get(callId).status();
        return view(callId, status, EvaluationPanel.findById(callId));
    }

    /**
     * Replaces the panel. The call is locked first, so concurrent changes queue and the later one sees the new version;
     * members who stay keep when they joined. Recorded in the selection trail with who joined and who left.
     */
    @Transactional
    public PanelView set(UUID callId, PanelInput input, String actorSubject, String actorName) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw ProblemException.notFound("Call " + callId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so the answer equals a later read
        CallStatus status = CallLifecycle.effective(call.status, call.deadline, now);
        if (status == CallStatus.DRAFT) {
            throw ProblemException.stateConflict("wrong-state", "Wrong state", status.name(),
                    PanelRefusals.CALL_DRAFT.at("status", "A draft call has no panel: publish it first"));
        }
        lock.requireUndecided(callId, PanelRefusals.DECIDED, "the panel");
        EvaluationPanel panel = EvaluationPanel.findById(callId);
        int current = panel == null ? 0 : panel.version;
        if (input.version() != current) {
            throw ProblemException.staleVersion(current);
        }
        Set<String> named = new HashSet<>();
        input.members().stream().filter(m -> m != null).forEach(named::add);
        Map<String, Boolean> evaluators = users.byIds(named).values().stream()
                .collect(Collectors.toMap(UserView::subject, u -> u.hasRole(Roles.EVALUATOR)));
        Map<UUID, Boolean> applications = review.candidates(callId).stream().collect(Collectors.toMap(Candidate::id, Candidate::eligible));
        List<FieldError> errors = PanelRules.violations(input, evaluators, applications);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        if (panel == null) {
            panel = new EvaluationPanel();
            panel.callId = callId;
        }
        List<String> before = panel.members.stream().map(EvaluationPanel.Member::evaluatorSubject).sorted().toList();
        apply(panel, input, actorName, now);
        panel.persist();
        em.flush();
        SelectionEvent.record(callId, null, actorSubject, SelectionEvent.Kind.PANEL_SET, detail(input, before), now);
        return view(callId, status, panel);
    }

    private static void apply(EvaluationPanel panel, PanelInput input, String actor, Instant now) {
        Map<String, EvaluationPanel.Member> kept = panel.members.stream()
                .collect(Collectors.toMap(EvaluationPanel.Member::evaluatorSubject, Function.identity()));
        panel.members.clear();
        input.members().forEach(m -> panel.members.add(kept.getOrDefault(m, new EvaluationPanel.Member(m, now, actor))));
        panel.assignments.clear();
        for (PanelAssignmentSet set : input.assignmentsOrNone()) {
            set.applicationIds().forEach(id -> panel.assignments.add(new EvaluationPanel.Assignment(id, set.evaluator())));
        }
        panel.mode = input.mode();
        panel.minEvaluations = input.minOrDefault();
        panel.disagreementThreshold = input.thresholdOrDefault();
        panel.version++;
        panel.updatedAt = now;
        panel.updatedBy = actor;
    }

    private static Map<String, Object> detail(PanelInput input, List<String> before) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("mode", input.mode().name());
        detail.put("minEvaluations", input.minOrDefault());
        detail.put("disagreementThreshold", input.thresholdOrDefault());
        detail.put("members", input.members());
        detail.put("added", input.members().stream().filter(m -> !before.contains(m)).toList());
        detail.put("removed", before.stream().filter(m -> !input.members().contains(m)).toList());
        Map<String, List<String>> assignments = new TreeMap<>();
        input.assignmentsOrNone().forEach(s -> assignments.put(s.evaluator(), s.applicationIds().stream().map(UUID::toString).toList()));
        detail.put("assignments", assignments);
        return detail;
    }

    /** Per submitted, eligible application: who is assigned, who declared what, and how many evaluators it lacks. */
    @Transactional
    public CoverageView coverage(UUID callId) {
        calls.get(callId);
        EvaluationPanel panel = EvaluationPanel.findById(callId);
        Assignments assignments = panel == null ? Assignments.NONE : panel.assignments();
        int minimum = panel == null ? PanelInput.DEFAULT_MIN : panel.minEvaluations;
        List<Candidate> eligible = review.candidates(callId).stream().filter(Candidate::eligible).toList();
        Map<PanelCoverage.Key, ConflictDeclaration> declarations = ConflictDeclaration.<ConflictDeclaration>list("callId", callId).stream()
                .collect(Collectors.toMap(d -> new PanelCoverage.Key(d.applicationId, d.evaluatorSubject), Function.identity()));
        PanelCoverage.Result result = PanelCoverage.of(minimum, assignments, eligible.stream().map(Candidate::id).toList(),
                declarations.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().declaration())));
        Map<String, UserView> known = users.byIds(assignments.members());
        Function<String, EvaluatorRef> ref = s -> EvaluatorRef.of(s, known.get(s));
        List<CoverageRow> rows = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Candidate c = eligible.get(i);
            PanelCoverage.Row row = result.rows().get(i);
            List<ConflictView> conflicts = row.conflicts().stream().map(s -> {
                ConflictDeclaration d = declarations.get(new PanelCoverage.Key(c.id(), s));
                return new ConflictView(ref.apply(s), d.note, d.declaredAt);
            }).toList();
            rows.add(new CoverageRow(c.id(), c.receiptNumber(), c.applicantName(), refs(row.assigned(), ref), refs(row.noConflict(), ref), conflicts,
                    refs(row.notDeclared(), ref), row.missing()));
        }
        PanelCoverage.Totals t = result.totals();
        return new CoverageView(callId, assignments.mode(), minimum, rows,
                new CoverageTotals(t.applications(), t.covered(), t.shortApplications(), t.missingEvaluations(), t.pendingDeclarations(), t.conflicts()));
    }

    private static List<EvaluatorRef> refs(List<String> subjects, Function<String, EvaluatorRef> ref) {
        return subjects.stream().map(ref).toList();
    }

    private PanelView view(UUID callId, CallStatus status, EvaluationPanel panel) {
        if (panel == null) {
            return new PanelView(callId, status, false, AssignmentMode.ALL, PanelInput.DEFAULT_MIN, PanelInput.DEFAULT_THRESHOLD, List.of(), List.of(), 0,
                    null, null);
        }
        Assignments assignments = panel.assignments();
        Map<String, UserView> known = users.byIds(assignments.members());
        Map<String, EvaluationPanel.Member> members = panel.members.stream()
                .collect(Collectors.toMap(EvaluationPanel.Member::evaluatorSubject, Function.identity()));
        List<MemberView> memberViews = assignments.members().stream().map(s -> new MemberView(EvaluatorRef.of(s, known.get(s)),
                members.get(s).addedAt(), members.get(s).addedBy())).toList();
        List<PanelAssignmentSet> sets = panel.mode != AssignmentMode.CHOSEN ? List.of()
                : assignments.members().stream().map(s -> new PanelAssignmentSet(s, assignments.chosen().getOrDefault(s, Set.of()).stream()
                        .sorted(Comparator.naturalOrder()).toList())).toList();
        return new PanelView(callId, status, true, panel.mode, panel.minEvaluations, panel.disagreementThreshold, memberViews, sets, panel.version,
                panel.updatedAt, panel.updatedBy);
    }
}
