package org.mobilitydesk.selection.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.results.ResultsViews.AnswerInput;
import org.mobilitydesk.selection.results.ResultsViews.AppealInput;
import org.mobilitydesk.selection.results.ResultsViews.AppealView;
import org.mobilitydesk.selection.results.ResultsViews.MyResultView;

/** Candidates appeal their result within the appeal days, one waiting appeal at a time; coordinators answer each once. */
@ApplicationScoped
public class AppealService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    Clock clock;

    @Transactional
    public MyResultView lodge(UUID applicationId, String subject, AppealInput input) {
        Application application = ResultsService.owned(applicationId, subject);
        SelectionResults results = em.find(SelectionResults.class, application.callId, LockModeType.PESSIMISTIC_WRITE);
        SelectionOffer offer = SelectionOffer.findById(applicationId);
        if (results == null || offer == null) {
            throw ProblemException.stateConflict("not-published", "Not published", "UNPUBLISHED",
                    ResultsRefusals.NOT_PUBLISHED.at("status", "The results are not published yet"));
        }
        CallView call = calls.get(results.callId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant until = Appeals.until(results, ResultsService.zone(call));
        if (until == null || now.isAfter(until)) {
            throw ProblemException.stateConflict("appeal-closed", "Appeals closed", "PUBLISHED",
                    ResultsRefusals.APPEAL_CLOSED.at("status", until == null ? "These results allow no appeal" : "Appeals ended at " + until,
                            until == null ? results.publishedAt : until));
        }
        if (SelectionAppeal.count("applicationId = ?1 and decision is null", applicationId) > 0) {
            throw ProblemException.stateConflict("appeal-waiting", "Appeal waiting", "APPEALED",
                    ResultsRefusals.APPEAL_WAITING.at("status", "Your appeal waits for its answer"));
        }
        SelectionAppeal appeal = new SelectionAppeal();
        appeal.id = UUID.randomUUID();
        appeal.callId = results.callId;
        appeal.applicationId = applicationId;
        appeal.text = input.text().strip();
        appeal.lodgedAt = now;
        appeal.persist();
        em.flush();
        SelectionEvent.record(results.callId, applicationId, subject, SelectionEvent.Kind.APPEALED, Map.of("appealId", appeal.id.toString(),
                "text", appeal.text), now);
        return ResultsService.view(call, results, offer);
    }

    /** A call's appeals, waiting ones first, then by when they were lodged. */
    @Transactional
    public List<AppealView> list(UUID callId) {
        calls.get(callId);
        return Appeals.views(SelectionAppeal.list("callId = ?1 order by (case when decision is null then 0 else 1 end), lodgedAt, id", callId));
    }

    @Transactional
    public AppealView answer(UUID callId, UUID appealId, AnswerInput input, String actor, String actorName) {
        calls.get(callId);
        SelectionAppeal appeal = em.find(SelectionAppeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || !appeal.callId.equals(callId)) {
            throw ProblemException.notFound("Appeal " + appealId);
        }
        if (appeal.decision != null) {
            throw ProblemException.stateConflict("appeal-answered", "Appeal answered", appeal.decision.name(),
                    ResultsRefusals.APPEAL_ANSWERED.at("status", "This appeal is answered already"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        appeal.decision = input.decision();
        appeal.answer = input.answer().strip();
        appeal.answeredBy = actor;
        appeal.answeredByName = actorName;
        appeal.answeredAt = now;
        em.flush();
        SelectionEvent.record(callId, appeal.applicationId, actor, SelectionEvent.Kind.APPEAL_ANSWERED, Map.of("appealId", appeal.id.toString(),
                "decision", appeal.decision.name(), "answer", appeal.answer), now);
        return Appeals.views(List.of(appeal)).get(0);
    }
}
