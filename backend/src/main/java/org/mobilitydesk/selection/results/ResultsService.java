package org.mobilitydesk.selection.results;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.call.Call;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.CallViews.PlaceView;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.commission.AllocationService;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomeView;
import org.mobilitydesk.selection.commission.AllocationViews.StepView;
import org.mobilitydesk.selection.commission.CommissionDecision;
import org.mobilitydesk.selection.commission.DecisionService;
import org.mobilitydesk.selection.commission.ExplanationText;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.results.ResultsViews.CallResultsView;
import org.mobilitydesk.selection.results.ResultsViews.Counts;
import org.mobilitydesk.selection.results.ResultsViews.CriterionScoreView;
import org.mobilitydesk.selection.results.ResultsViews.MyResultView;
import org.mobilitydesk.selection.results.ResultsViews.OfferView;
import org.mobilitydesk.selection.results.ResultsViews.PublishInput;

/**
 * Publishing the results of the commission's decision: every candidate's decided outcome becomes their result, a placed
 * one gets an offer to answer by a deadline, and each is told by e-mail. Candidates read only their own result.
 */
@ApplicationScoped
public class ResultsService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    AllocationService allocations;
    @Inject
    DecisionService decisions;
    @Inject
    ResultMails mails;
    @Inject
    Clock clock;

    @Transactional
    public CallResultsView publish(UUID callId, PublishInput input, String actor, String actorName) {
        if (em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProblemException.notFound("Call " + callId);
        }
        if (SelectionResults.findById(callId) != null) {
            throw ProblemException.stateConflict("published", "Published", "PUBLISHED",
                    ResultsRefusals.PUBLISHED.at("status", "The results are published already"));
        }
        CommissionDecision decision = decisions.inForce(callId).orElseThrow(() -> ProblemException.stateConflict("not-decided", "Not decided", "UNDECIDED",
                        ResultsRefusals.NOT_DECIDED.at("status", "The results are published once the commission has decided")));
        CallView call = calls.get(callId);
        Instant now = now();
        SelectionResults results = new SelectionResults();
        results.callId = callId;
        results.decisionId = decision.id;
        results.runId = decision.runId;
        results.responseDays = input.responseDays();
        results.appealDays = input.appealDaysOrDefault();
        results.publishedBy = actor;
        results.publishedByName = actorName;
        results.publishedAt = now;
        results.persist();
        em.flush();
        List<SelectionOffer> offers = new ArrayList<>();
        for (OutcomeView o : allocations.allOutcomes(call, decision.runId)) {
            SelectionOffer offer = new SelectionOffer();
            offer.applicationId = o.applicationId();
            offer.callId = callId;
            offer.status = o.status();
            offer.rank = o.rank();
            offer.total = o.total();
            offer.partnerId = o.partnerId();
            offer.preference = o.preference();
            offer.reservePosition = o.reservePosition();
            offer.scores = o.scores();
            offer.explanation = o.explanation().stream().map(s -> Map.<String, Object>of("code", s.code().name(), "args", s.args())).toList();
            if (o.status() == OutcomeStatus.PLACED) {
                Offers.offer(offer, now, results.responseDays, zone(call));
            }
            offer.persist();
            offers.add(offer);
        }
        em.flush();
        SelectionEvent.record(callId, null, actor, SelectionEvent.Kind.PUBLISHED, Map.of("decisionId", decision.id.toString(),
                "runId", decision.runId.toString(), "responseDays", input.responseDays(), "appealDays", results.appealDays, "candidates", offers.size()), now);
        mails.results(call, offers);
        return summary(callId);
    }

    @Transactional
    public CallResultsView summary(UUID callId) {
        CallView call = calls.get(callId);
        SelectionResults results = SelectionResults.findById(callId);
        if (results == null) {
            return new CallResultsView(callId, false, null, null, null, null, null, null);
        }
        List<SelectionOffer> offers = SelectionOffer.list("callId", callId);
        return new CallResultsView(callId, true, results.publishedAt, results.publishedByName, results.responseDays, results.appealDays,
                Appeals.until(results, zone(call)), new Counts(
                count(offers, o -> o.status == OutcomeStatus.PLACED), count(offers, o -> o.response == SelectionOffer.Response.ACCEPTED),
                count(offers, o -> o.response == SelectionOffer.Response.PENDING), count(offers, SelectionOffer::declined),
                count(offers, o -> o.status == OutcomeStatus.RESERVE), count(offers, o -> o.status == OutcomeStatus.NOT_SELECTED),
                count(offers, o -> o.status == OutcomeStatus.INCOMPLETE)));
    }

    /** My result: 404 for an application that is not mine, unpublished until the results are out. */
    @Transactional
    public MyResultView mine(UUID applicationId, String subject) {
        Application application = owned(applicationId, subject);
        Optional<SelectionOffer> offer = SelectionOffer.findByIdOptional(applicationId);
        if (offer.isEmpty()) {
            return MyResultView.unpublished(applicationId);
        }
        return view(calls.get(application.callId), SelectionResults.findById(application.callId), offer.get());
    }

    static Application owned(UUID applicationId, String subject) {
        return Application.<Application>find("id = ?1 and applicantSubject = ?2", applicationId, subject).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Application " + applicationId));
    }

    static MyResultView view(CallView call, SelectionResults results, SelectionOffer o) {
        ExplanationText.Names names = ExplanationText.forCall(call, Map.of());
        List<StepView> explanation = o.explanation.stream().map(s -> ExplanationText.view(s, names)).toList();
        List<CriterionScoreView> scores = new ArrayList<>();
        for (int i = 0; i < call.criteria().size(); i++) {
            var c = call.criteria().get(i);
            scores.add(new CriterionScoreView(i, c.name(), c.weight(), c.maxScore(), i < o.scores.size() ? o.scores.get(i) : null));
        }
        ZoneId zone = zone(call);
        // a reserve candidate who left the list answered without an offer: no offer time nor deadline
        OfferView offer = o.response == null ? null : new OfferView(o.response, o.offeredAt, o.respondBy,
                o.respondBy == null ? null : o.respondBy.atZone(zone).toOffsetDateTime(), zone.getId(), o.respondedAt);
        return new MyResultView(o.applicationId, true, o.status, o.rank, o.total, partner(call, o.partnerId), o.preference, o.reservePosition, scores, explanation, offer,
                Appeals.until(results, zone), Appeals.of(o.applicationId));
    }

    /** One of the call's partners; null for none. */
    static PartnerRef partner(CallView call, UUID partnerId) {
        return partnerId == null ? null : call.places().stream().map(PlaceView::partner).filter(p -> p.id().equals(partnerId)).findFirst().orElse(null);
    }

    static ZoneId zone(CallView call) {
        return ZoneId.of(call.schedule().timeZone());
    }

    private static int count(List<SelectionOffer> offers, Predicate<SelectionOffer> test) {
        return (int) offers.stream().filter(test).count();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
