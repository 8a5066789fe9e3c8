package org.mobilitydesk.selection.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.selection.CascadeStep;
import org.mobilitydesk.selection.ExplanationStep;
import org.mobilitydesk.selection.Move;
import org.mobilitydesk.selection.OfferCascade;
import org.mobilitydesk.selection.Outcome;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.StepCode;
import org.mobilitydesk.selection.commission.AllocationService;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.results.ResultsViews.MyResultView;

/**
 * Candidates answer their offers. Accepting is idempotent and refused after the deadline; declining (also after
 * accepting: a withdrawal) or not answering in time takes the candidate out, and the domain's {@link OfferCascade}
 * moves the freed place down the ranks: each candidate moved gets a new offer, with the move added to their
 * explanation. Answers lock the call's results, so cascades never interleave.
 */
@ApplicationScoped
public class OfferService {

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    AllocationService allocations;
    @Inject
    ResultMails mails;
    @Inject
    Clock clock;
    @Inject
    Event<PlaceGivenUp> placeGivenUp;

    @Transactional
    public MyResultView accept(UUID applicationId, String subject) {
        Application application = ResultsService.owned(applicationId, subject);
        SelectionResults results = locked(application.callId);
        SelectionOffer offer = SelectionOffer.findById(applicationId);
        Instant now = now();
        if (offer == null || offer.response == null) {
            throw refused(ResultsRefusals.NO_OFFER.at("status", "No place is offered to you"), offer);
        }
        if (offer.declined()) {
            throw refused(ResultsRefusals.DECLINED.at("status", "The offer was declined or expired"), offer);
        }
        if (offer.response == SelectionOffer.Response.PENDING) {
            if (now.isAfter(offer.respondBy)) {
                throw refused(ResultsRefusals.DEADLINE_PASSED.at("respondBy", "The time to answer ended at " + offer.respondBy, offer.respondBy), offer);
            }
            offer.response = SelectionOffer.Response.ACCEPTED;
            offer.respondedAt = now;
            em.flush();
            SelectionEvent.record(results.callId, applicationId, subject, SelectionEvent.Kind.ACCEPTED, Map.of("partnerId", offer.partnerId.toString()), now);
        }
        return ResultsService.view(calls.get(results.callId), results, offer);
    }

    /** Declines my offer or withdraws from the reserve list or from an accepted place; declining again changes nothing. */
    @Transactional
    public MyResultView decline(UUID applicationId, String subject) {
        Application application = ResultsService.owned(applicationId, subject);
        placeGivenUp.fire(new PlaceGivenUp(applicationId, subject));
        SelectionResults results = locked(application.callId);
        SelectionOffer offer = SelectionOffer.findById(applicationId);
        if (offer == null || offer.status != OutcomeStatus.PLACED && offer.status != OutcomeStatus.RESERVE && !offer.declined()) {
            throw refused(ResultsRefusals.NO_OFFER.at("status", "You hold no place and are not on the reserve list"), offer);
        }
        CallView call = calls.get(results.callId);
        if (!offer.declined()) {
            out(results, call, offer, SelectionOffer.Response.DECLINED, subject, now());
        }
        return ResultsService.view(call, results, offer);
    }

    /** The partner of the place the candidate accepted, if they hold one. */
    public Optional<UUID> acceptedPartner(UUID applicationId) {
        SelectionOffer offer = SelectionOffer.findById(applicationId);
        return offer != null && offer.status == OutcomeStatus.PLACED && offer.response == SelectionOffer.Response.ACCEPTED
                ? Optional.of(offer.partnerId) : Optional.empty();
    }

    /**
     * The receiving partner rejected the candidate for their accepted place: the place is freed and offered on as when
     * the candidate declines, which takes the candidate out of the competition (for their other preferences too).
     * Gives whether a place was freed (not when the candidate had withdrawn already).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rejectedByPartner(UUID applicationId, String actor) {
        SelectionOffer offer = SelectionOffer.findById(applicationId);
        SelectionResults results = locked(offer.callId);
        em.refresh(offer);
        if (offer.declined()) {
            return false;
        }
        out(results, calls.get(results.callId), offer, SelectionOffer.Response.DECLINED, actor, now());
        return true;
    }

    /** Treats the unanswered offers past their deadline as declined, oldest first, at most {@code limit}; gives how many. */
    @Transactional
    public int expireDue(int limit) {
        Instant now = now();
        List<SelectionOffer> due = SelectionOffer.find("response = ?1 and respondBy < ?2 order by respondBy", SelectionOffer.Response.PENDING, now)
                .page(0, limit).list();
        int expired = 0;
        for (UUID id : due.stream().map(o -> o.applicationId).toList()) {
            SelectionOffer offer = SelectionOffer.findById(id);
            SelectionResults results = locked(offer.callId);
            em.refresh(offer);
            if (offer.response == SelectionOffer.Response.PENDING && offer.respondBy.isBefore(now)) {
                out(results, calls.get(results.callId), offer, SelectionOffer.Response.EXPIRED, "system", now);
                expired++;
            }
        }
        return expired;
    }

    /** Takes the candidate out and applies the cascade to every candidate of the call. */
    private void out(SelectionResults results, CallView call, SelectionOffer offer, SelectionOffer.Response response, String actor, Instant now) {
        List<SelectionOffer> offers = SelectionOffer.list("callId", results.callId);
        Set<UUID> declinedBefore = offers.stream().filter(SelectionOffer::declined).map(o -> o.applicationId).collect(Collectors.toSet());
        CascadeStep step = OfferCascade.decline(allocations.storedInput(results.runId), declinedBefore, offer.applicationId);
        Map<UUID, Outcome> after = new HashMap<>();
        step.result().outcomes().forEach(o -> after.put(o.applicationId(), o));
        Map<UUID, Move> moves = new HashMap<>();
        step.moves().forEach(m -> moves.put(m.applicationId(), m));

        UUID freedPartner = offer.partnerId;
        offer.response = response;
        offer.respondedAt = now;
        offer.explanation = append(offer.explanation, List.of(ExplanationStep.of(StepCode.DECLINED)));
        List<SelectionOffer> moved = new ArrayList<>();
        for (SelectionOffer o : offers) {
            Outcome present = after.get(o.applicationId);
            o.status = present.status();
            o.partnerId = present.partnerId();
            o.preference = present.preference();
            o.reservePosition = present.reservePosition();
            Move move = moves.get(o.applicationId);
            if (move != null) {
                o.explanation = append(o.explanation, move.explanation());
                Offers.offer(o, now, results.responseDays, ResultsService.zone(call));
                moved.add(o);
            }
        }
        em.flush();
        SelectionEvent.record(results.callId, offer.applicationId, actor, SelectionEvent.Kind.DECLINED,
                Map.of("expired", response == SelectionOffer.Response.EXPIRED, "freedPartnerId", freedPartner == null ? "" : freedPartner.toString()), now);
        for (Move m : step.moves()) {
            SelectionEvent.record(results.callId, m.applicationId(), actor, SelectionEvent.Kind.MOVED, Map.of("reason", m.reason().name(),
                    "toPartnerId", m.toPartnerId().toString(), "toPreference", m.toPreference(), "freedBy", m.freedBy().toString()), now);
        }
        mails.moved(call, moved);
    }

    private static List<Map<String, Object>> append(List<Map<String, Object>> explanation, List<ExplanationStep> steps) {
        List<Map<String, Object>> all = new ArrayList<>(explanation);
        steps.forEach(s -> all.add(Map.of("code", s.code().name(), "args", stored(s.args()))));
        return all;
    }

    /** Arguments as JSON keeps them: ids as text. */
    private static Map<String, Object> stored(Map<String, Object> args) {
        Map<String, Object> stored = new LinkedHashMap<>();
        args.forEach((k, v) -> stored.put(k, v instanceof UUID id ? id.toString() : v));
        return stored;
    }

    private SelectionResults locked(UUID callId) {
        SelectionResults results = em.find(SelectionResults.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (results == null) {
            throw ProblemException.stateConflict("not-published", "Not published", "UNPUBLISHED",
                    ResultsRefusals.NO_OFFER.at("status", "The results are not published yet"));
        }
        return results;
    }

    private static ProblemException refused(FieldError refusal, SelectionOffer offer) {
        return ProblemException.stateConflict("offer-refused", "Offer answer refused", offer == null || offer.response == null ? "NONE"
                : offer.response.name(), refusal);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
