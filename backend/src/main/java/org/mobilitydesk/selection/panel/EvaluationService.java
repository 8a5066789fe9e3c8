package org.mobilitydesk.selection.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.StoredFile;
import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.application.review.ReviewService.Candidate;
import org.mobilitydesk.application.review.ReviewViews.ApplicationView;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.panel.EvaluationViews.AssignedApplication;
import org.mobilitydesk.selection.panel.EvaluationViews.AssignedApplicationPage;
import org.mobilitydesk.selection.panel.EvaluationViews.CallRef;
import org.mobilitydesk.selection.panel.EvaluationViews.DeclarationInput;
import org.mobilitydesk.selection.panel.EvaluationViews.DeclarationView;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluatedProfile;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluationApplicationView;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluationCall;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluationCallPage;

/**
 * The evaluators' side of a panel: the calls I am on, the applications assigned to me (only what spots a conflict of
 * interest), my declarations, and an application's content once I declared no conflict. An application that is not
 * assigned to me, or where I declared a conflict, is unknown to me (404).
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    ReviewService review;
    @Inject
    SelectionLock lock;
    @Inject
    Clock clock;

    /** My eligible applications of one call (by receipt number) and my declarations there. */
    private record Mine(List<Candidate> applications, Map<UUID, ConflictDeclaration> declarations,
            Map<UUID, StoredEvaluation.Status> evaluations) {

        DeclarationState state(UUID application) {
            ConflictDeclaration d = declarations.get(application);
            return DeclarationState.of(d == null ? null : d.conflict);
        }

        /** Where my scoring of an application stands; absent unless I declared no conflict. */
        EvaluationState evaluation(UUID application) {
            return state(application) != DeclarationState.NO_CONFLICT ? null : EvaluationState.of(evaluations.get(application));
        }

        long count(DeclarationState state) {
            return applications.stream().filter(a -> state(a.id()) == state).count();
        }

        long count(EvaluationState state) {
            return applications.stream().filter(a -> evaluation(a.id()) == state).count();
        }
    }

    /** An application assigned to me, under the panel it was assigned by. */
    private record Assigned(Candidate application, Optional<ConflictDeclaration> declaration) {

        DeclarationState state() {
            return DeclarationState.of(declaration.map(d -> d.conflict).orElse(null));
        }
    }

    @Transactional
    public EvaluationCallPage calls(String me, PageParams paging) {
        List<EvaluationPanel> panels = em.createQuery("select p from EvaluationPanel p join p.members m where m.evaluatorSubject = :me",
                EvaluationPanel.class).setParameter("me", me).getResultList();
        List<EvaluationCall> items = panels.stream().map(panel -> {
            CallView call = calls.get(panel.callId);
            Mine mine = mine(panel, me);
            return new EvaluationCall(call.id(), call.title(), call.status(), call.schedule().deadline(), mine.applications().size(),
                    (int) mine.count(DeclarationState.NOT_DECLARED), (int) mine.count(DeclarationState.NO_CONFLICT),
                    (int) mine.count(DeclarationState.CONFLICT), (int) mine.count(EvaluationState.DRAFT),
                    (int) mine.count(EvaluationState.SUBMITTED));
        }).sorted(Comparator.comparing(EvaluationCall::deadline).reversed().thenComparing(EvaluationCall::callId)).toList();
        return new EvaluationCallPage(slice(items, paging), paging.page, paging.size, items.size());
    }

    /** The applications of a call assigned to me; 404 when I am not on the call's panel. */
    @Transactional
    public AssignedApplicationPage applications(UUID callId, String me, DeclarationState state, PageParams paging) {
        EvaluationPanel panel = EvaluationPanel.findById(callId);
        if (panel == null || !panel.assignments().isMember(me)) {
            throw ProblemException.notFound("Evaluation panel of call " + callId);
        }
        Mine mine = mine(panel, me);
        List<AssignedApplication> items = mine.applications().stream().filter(a -> state == null || mine.state(a.id()) == state)
                .map(a -> new AssignedApplication(a.id(), a.receiptNumber(), a.applicantName(),
                        a.profile() == null ? null : a.profile().studyProgramme(), a.profile() == null ? null : a.profile().department(),
                        declaration(a.id(), mine.declarations().get(a.id())), mine.evaluation(a.id())))
                .toList();
        return new AssignedApplicationPage(slice(items, paging), paging.page, paging.size, items.size());
    }

    /**
     * Declares conflict or no conflict; the call's panel is locked meanwhile, so declarations and panel changes queue.
     * Repeating the current declaration records nothing; every new one goes into the selection trail.
     */
    @Transactional
    public DeclarationView declare(UUID applicationId, String me, DeclarationInput input) {
        Assigned assigned = assigned(applicationId, me, LockModeType.PESSIMISTIC_WRITE);
        Candidate application = assigned.application();
        lock.requireUndecided(application.callId(), PanelRefusals.DECIDED, "declarations");
        DeclarationState current = assigned.state();
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        DeclarationRules.refusal(calls.get(application.callId()).status(), current, input.conflict(), note).ifPresent(refused -> {
            throw refused.conflictWithState()
                    ? ProblemException.stateConflict("declaration-refused", "Declaration refused", current.name(), refused.error())
                    : ProblemException.unprocessable(List.of(refused.error()));
        });
        if (!DeclarationRules.changes(current, input.conflict())) {
            return declaration(applicationId, assigned.declaration().orElse(null));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so the answer equals a later read
        ConflictDeclaration d = assigned.declaration().orElseGet(() -> {
            ConflictDeclaration created = new ConflictDeclaration();
            created.applicationId = applicationId;
            created.evaluatorSubject = me;
            created.callId = application.callId();
            return created;
        });
        d.conflict = input.conflict();
        d.note = note;
        d.declaredAt = now;
        d.persist();
        Map<String, Object> detail = new HashMap<>();
        if (note != null) {
            detail.put("note", note);
        }
        if (d.conflict) {
            // a conflict declared after scoring discards the evaluation; a submission stays in the trail (SCORED)
            StoredEvaluation.<StoredEvaluation>findByIdOptional(new StoredEvaluation.Key(applicationId, me)).ifPresent(discarded -> {
                detail.put("discardedEvaluation", discarded.status.name());
                discarded.delete();
            });
        }
        SelectionEvent.record(application.callId(), applicationId, me,
                d.conflict ? SelectionEvent.Kind.DECLARED_CONFLICT : SelectionEvent.Kind.DECLARED_NO_CONFLICT, detail, now);
        em.flush();
        return declaration(applicationId, d);
    }

    /** The content of an application I declared no conflict for: without the eligibility reason, the note or the timeline. */
    @Transactional
    public EvaluationApplicationView content(UUID applicationId, String me) {
        readable(applicationId, me);
        ApplicationView a = review.get(applicationId);
        return new EvaluationApplicationView(a.id(), a.receiptNumber(), new CallRef(a.call().id(), a.call().title()),
                EvaluatedProfile.of(a.profile()), a.preferences(),
                a.plannedStart(), a.plannedEnd(), a.motivation(), a.documents(), a.submittedAt());
    }

    /** A document of an application I declared no conflict for. */
    @Transactional
    public StoredFile document(UUID applicationId, UUID documentId, String me) {
        readable(applicationId, me);
        return review.document(applicationId, documentId);
    }

    private void readable(UUID applicationId, String me) {
        readable(applicationId, me, LockModeType.NONE);
    }

    /**
     * The application if I may read (and score) it: assigned to me, declared no conflict (so the call has closed); 403
     * before I declared, 404 otherwise. With a write lock, the call's panel is locked, so scores and declarations queue.
     */
    Candidate readable(UUID applicationId, String me, LockModeType lock) {
        Assigned assigned = assigned(applicationId, me, lock);
        return switch (DeclarationRules.access(assigned.state())) {
            case CONTENT -> assigned.application();
            case DECLARE_FIRST -> throw ProblemException.forbidden("declaration-required", "Declare first",
                    PanelRefusals.DECLARATION_REQUIRED.at("declaration", "Declare whether you have a conflict of interest before you read the application"));
            case GONE -> throw notFound(applicationId);
        };
    }

    /** The application if it is eligible and assigned to me by its call's panel; 404 otherwise. */
    private Assigned assigned(UUID applicationId, String me, LockModeType lock) {
        Candidate application = review.candidate(applicationId).orElseThrow(() -> notFound(applicationId));
        EvaluationPanel panel = em.find(EvaluationPanel.class, application.callId(), lock);
        if (panel == null || !application.eligible() || !panel.assignments().evaluates(me, applicationId)) {
            throw notFound(applicationId);
        }
        return new Assigned(application, ConflictDeclaration.<ConflictDeclaration>findByIdOptional(new ConflictDeclaration.Key(applicationId, me)));
    }

    private Mine mine(EvaluationPanel panel, String me) {
        Assignments assignments = panel.assignments();
        List<Candidate> applications = review.candidates(panel.callId).stream()
                .filter(c -> c.eligible() && assignments.evaluates(me, c.id())).toList();
        Map<UUID, ConflictDeclaration> declarations = ConflictDeclaration.<ConflictDeclaration>list("callId = ?1 and evaluatorSubject = ?2",
                panel.callId, me).stream().collect(Collectors.toMap(d -> d.applicationId, Function.identity()));
        Map<UUID, StoredEvaluation.Status> evaluations = StoredEvaluation.<StoredEvaluation>list("callId = ?1 and evaluatorSubject = ?2",
                panel.callId, me).stream().collect(Collectors.toMap(e -> e.applicationId, e -> e.status));
        return new Mine(applications, declarations, evaluations);
    }

    private static DeclarationView declaration(UUID applicationId, ConflictDeclaration d) {
        return d == null ? new DeclarationView(applicationId, DeclarationState.NOT_DECLARED, null, null)
                : new DeclarationView(applicationId, DeclarationState.of(d.conflict), d.note, d.declaredAt);
    }

    private static <T> List<T> slice(List<T> items, PageParams paging) {
        int from = Math.min(items.size(), paging.offset());
        return items.subList(from, Math.min(items.size(), from + paging.size));
    }

    private static ProblemException notFound(UUID applicationId) {
        return ProblemException.notFound("Application " + applicationId + " assigned to you");
    }
}
