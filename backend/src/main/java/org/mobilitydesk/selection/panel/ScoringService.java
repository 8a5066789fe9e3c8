package org.mobilitydesk.selection.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.application.review.ReviewService.Candidate;
import org.mobilitydesk.call.CallParts;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.CriterionScore;
import org.mobilitydesk.selection.ScoreCard;
import org.mobilitydesk.selection.ScoreFlag;
import org.mobilitydesk.selection.Scoring;
import org.mobilitydesk.selection.ScoringSettings;
import org.mobilitydesk.selection.panel.ScoringViews.ApplicationScoresView;
import org.mobilitydesk.selection.panel.ScoringViews.CallScoresView;
import org.mobilitydesk.selection.panel.ScoringViews.ComputedCriterion;
import org.mobilitydesk.selection.panel.ScoringViews.CriterionScoreView;
import org.mobilitydesk.selection.panel.ScoringViews.EvaluatedCriterion;
import org.mobilitydesk.selection.panel.ScoringViews.EvaluationInput;
import org.mobilitydesk.selection.panel.ScoringViews.FlagView;
import org.mobilitydesk.selection.panel.ScoringViews.MyEvaluationView;
import org.mobilitydesk.selection.panel.ScoringViews.OtherScore;
import org.mobilitydesk.user.UserService;
import org.mobilitydesk.user.UserViews.UserView;

/**
 * Evaluators score the applications they may read (assigned, no conflict declared, so the call has closed), blind until
 * they submitted; coordinators read a call's scores. The arithmetic is the domain's {@link Scoring}: this service loads,
 * maps and answers.
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    EvaluationService evaluations;
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

    /** My evaluation: the others' scores, the means and the flags only once I submitted mine. */
    @Transactional
    public MyEvaluationView mine(UUID applicationId, String me) {
        return view(evaluations.readable(applicationId, me, LockModeType.NONE), me);
    }

    /** Saves my draft: the scores given replace the saved ones. */
    @Transactional
    public MyEvaluationView save(UUID applicationId, String me, EvaluationInput input) {
        Candidate application = evaluations.readable(applicationId, me, LockModeType.PESSIMISTIC_WRITE);
        lock.requireUndecided(application.callId(), ScoringRefusals.DECIDED, "scores");
        Optional<StoredEvaluation> saved = changeable(applicationId, me, input.version());
        List<CallParts.Criterion> criteria = calls.get(application.callId()).criteria();
        List<FieldError> errors = ScoringRules.errors(criteria, input.scores());
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        StoredEvaluation e = saved.orElseGet(() -> {
            StoredEvaluation created = new StoredEvaluation();
            created.applicationId = applicationId;
            created.evaluatorSubject = me;
            created.callId = application.callId();
            return created;
        });
        e.scores = input.scores().stream().map(s -> new StoredEvaluation.Score(s.criterion(), s.score(),
                s.comment() == null || s.comment().isBlank() ? null : s.comment().strip()))
                .sorted(Comparator.comparingInt(StoredEvaluation.Score::criterion)).toList();
        stamp(e, now());
        return view(application, me);
    }

    /** Submits my saved scores, which must cover every criterion scored by evaluators; recorded in the selection trail. */
    @Transactional
    public MyEvaluationView submit(UUID applicationId, String me, int version) {
        Candidate application = evaluations.readable(applicationId, me, LockModeType.PESSIMISTIC_WRITE);
        lock.requireUndecided(application.callId(), ScoringRefusals.DECIDED, "scores");
        Optional<StoredEvaluation> saved = changeable(applicationId, me, version);
        List<FieldError> missing = ScoringRules.missing(calls.get(application.callId()).criteria(),
                saved.map(e -> e.scores).orElse(List.of()));
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable(missing);
        }
        StoredEvaluation e = saved.orElseThrow(); // no criterion scored by evaluators: nothing to submit is refused above
        Instant now = now();
        e.status = StoredEvaluation.Status.SUBMITTED;
        e.submittedAt = now;
        stamp(e, now);
        SelectionEvent.record(application.callId(), applicationId, me, SelectionEvent.Kind.SCORED,
                Map.of("scores", e.scores.stream().map(s -> s.comment() == null ? Map.of("criterion", s.criterion(), "score", s.score())
                        : Map.of("criterion", s.criterion(), "score", s.score(), "comment", s.comment())).toList()), now);
        return view(application, me);
    }

    /** Per eligible application of the call, by total (incomplete last) then receipt number. */
    @Transactional
    public CallScoresView call(UUID callId) {
        CallView call = calls.get(callId);
        ScoringSettings settings = settings(EvaluationPanel.findById(callId));
        List<ApplicationScoresView> items = scored(call).stream().map(scored -> {
            Candidate c = scored.candidate();
            ScoreCard card = scored.card();
            List<CriterionScoreView> criteria = new ArrayList<>();
            for (int i = 0; i < call.criteria().size(); i++) {
                CriterionScore s = card.criteria().get(i);
                CriterionKind kind = call.criteria().get(i).kind();
                criteria.add(new CriterionScoreView(i, kind, kind == CriterionKind.EVALUATOR && s.submittedEvaluations() == 0 ? null : s.rounded(),
                        s.submittedEvaluations()));
            }
            return new ApplicationScoresView(c.id(), c.receiptNumber(), c.applicantName(), scored.submittedEvaluations(),
                    settings.minEvaluations(), criteria, card.complete() ? card.total() : null, flags(card));
        }).sorted(Comparator.comparing(ApplicationScoresView::total, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ApplicationScoresView::receiptNumber)).toList();
        return new CallScoresView(callId, settings.minEvaluations(), settings.disagreementThreshold(), items);
    }

    /** An eligible application of a call with its score card and how many evaluations of it were submitted. */
    public record Scored(Candidate candidate, ScoreCard card, int submittedEvaluations) {
    }

    /** The call's eligible applications, each scored from the evaluations that count, by receipt number. */
    @Transactional
    public List<Scored> scored(CallView call) {
        EvaluationPanel panel = EvaluationPanel.findById(call.id());
        ScoringSettings settings = settings(panel);
        Map<UUID, List<StoredEvaluation>> byApplication = counted(panel, StoredEvaluation.list("callId", call.id())).stream()
                .collect(Collectors.groupingBy(e -> e.applicationId));
        return review.candidates(call.id()).stream().filter(Candidate::eligible).map(c -> {
            List<StoredEvaluation> evaluations = byApplication.getOrDefault(c.id(), List.of());
            return new Scored(c, card(call, settings, c.profile(), evaluations), (int) evaluations.stream().filter(StoredEvaluation::submitted).count());
        }).toList();
    }

    private MyEvaluationView view(Candidate application, String me) {
        CallView call = calls.get(application.callId());
        EvaluationPanel panel = EvaluationPanel.findById(application.callId());
        List<StoredEvaluation> all = counted(panel, StoredEvaluation.list("applicationId", application.id()));
        StoredEvaluation mine = all.stream().filter(e -> e.evaluatorSubject.equals(me)).findFirst().orElse(null);
        boolean open = mine != null && mine.submitted(); // blind until I submitted: the others are absent, not refused
        ScoreCard card = card(call, settings(panel), application.profile(), open ? all : List.of());
        List<StoredEvaluation> others = all.stream().filter(e -> open && e.submitted() && !e.evaluatorSubject.equals(me)).toList();
        Map<String, UserView> names = users.byIds(others.stream().map(e -> e.evaluatorSubject).toList());
        List<EvaluatedCriterion> scored = new ArrayList<>();
        List<ComputedCriterion> computed = new ArrayList<>();
        for (int i = 0; i < call.criteria().size(); i++) {
            CallParts.Criterion c = call.criteria().get(i);
            if (c.kind().computed()) {
                computed.add(new ComputedCriterion(i, c.name(), c.description(), c.kind(), c.language(), c.maxScore(), c.weight(),
                        card.criteria().get(i).rounded()));
                continue;
            }
            Optional<StoredEvaluation.Score> my = mine == null ? Optional.empty() : score(mine, i);
            int index = i;
            List<OtherScore> theirs = !open ? null : others.stream().flatMap(e -> score(e, index).stream().map(s -> new OtherScore(
                    Optional.ofNullable(names.get(e.evaluatorSubject)).map(UserView::displayName).orElse(e.evaluatorSubject), s.score(), s.comment())))
                    .toList();
            scored.add(new EvaluatedCriterion(i, c.name(), c.description(), c.maxScore(), c.weight(), my.map(StoredEvaluation.Score::score).orElse(null),
                    my.map(StoredEvaluation.Score::comment).orElse(null), theirs, open ? card.criteria().get(i).rounded() : null));
        }
        return new MyEvaluationView(application.id(), mine == null ? "NOT_STARTED" : mine.status.name(), mine == null ? 0 : mine.version,
                mine == null ? null : mine.submittedAt, scored, computed, open ? flags(card) : null);
    }

    /** Scored from the profile snapshot the candidate was loaded with: no second read of the application. */
    private static ScoreCard card(CallView call, ScoringSettings settings, ProfileView profile, List<StoredEvaluation> evaluations) {
        return Scoring.score(ScoringRules.criteria(call.criteria()), settings, ScoringRules.facts(profile),
                evaluations.stream().map(StoredEvaluation::domain).toList());
    }

    /** My evaluation if it may still change: 409 once submitted, or when the version is not the one saved (0 for none). */
    private static Optional<StoredEvaluation> changeable(UUID applicationId, String me, int version) {
        Optional<StoredEvaluation> saved = StoredEvaluation.findByIdOptional(new StoredEvaluation.Key(applicationId, me));
        if (saved.isPresent() && saved.get().submitted()) {
            throw ProblemException.stateConflict("evaluation-submitted", "Evaluation submitted", StoredEvaluation.Status.SUBMITTED.name(),
                    ScoringRefusals.SUBMITTED.at("status", "A submitted evaluation is not changed"));
        }
        int current = saved.map(e -> e.version).orElse(0);
        if (version != current) {
            throw ProblemException.staleVersion(current);
        }
        return saved;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so the answer equals a later read
    }

    private static void stamp(StoredEvaluation e, Instant now) {
        e.version++;
        e.updatedAt = now;
        e.persist();
        StoredEvaluation.getEntityManager().flush();
    }

    private static Optional<StoredEvaluation.Score> score(StoredEvaluation e, int criterion) {
        return e.scores.stream().filter(s -> s.criterion() == criterion).findFirst();
    }

    /** The evaluations that count: of evaluators the panel still has on the application (a conflict deletes them). */
    private static List<StoredEvaluation> counted(EvaluationPanel panel, List<StoredEvaluation> evaluations) {
        return panel == null ? List.of() : evaluations.stream().filter(e -> panel.assignments().evaluates(e.evaluatorSubject, e.applicationId)).toList();
    }

    private static ScoringSettings settings(EvaluationPanel panel) {
        return panel == null ? ScoringSettings.DEFAULTS : new ScoringSettings(panel.minEvaluations, panel.disagreementThreshold);
    }

    /** The card's flags by criterion in the call's order, each criterion's in {@link ScoreFlag} order. */
    private static List<FlagView> flags(ScoreCard card) {
        return card.criteria().stream().flatMap(c -> c.flags().stream().map(f -> new FlagView(f, Integer.parseInt(c.criterion())))).toList();
    }
}
