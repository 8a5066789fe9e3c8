package org.mobilitydesk.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.StoredFile;
import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.application.review.ReviewViews.DocumentView;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.nomination.NominationAction.Side;
import org.mobilitydesk.nomination.NominationViews.DecisionInput;
import org.mobilitydesk.nomination.NominationViews.EventView;
import org.mobilitydesk.nomination.NominationViews.LetterView;
import org.mobilitydesk.nomination.NominationViews.NominationPage;
import org.mobilitydesk.nomination.NominationViews.NominationView;
import org.mobilitydesk.nomination.NominationViews.Notice;
import org.mobilitydesk.notification.Outbox;
import org.mobilitydesk.selection.results.OfferService;
import org.mobilitydesk.selection.results.PlaceGivenUp;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Reads nominations and changes them: the sender cancels or moves the period, the receiving partner accepts or
 * rejects. Every change is recorded in the nomination's trail; a change the partner must hear of goes to the outbox in
 * the same transaction.
 */
@ApplicationScoped
public class NominationService {

    /** The nominations that hold a place in their flow and may still be withdrawn. */
    static final List<NominationStatus> OPEN = List.of(NominationStatus.NOMINATED, NominationStatus.ACCEPTED);
    private static final String GIVEN_UP = "The candidate gave up the place";

    @Inject
    ReviewService applications;
    @Inject
    OfferService offers;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** The list filters; the partner's list is always scoped to its institution. */
    public record Filter(NominationDirection direction, NominationStatus status, UUID partnerId, UUID callId) {
    }

    @Transactional
    public NominationPage list(Filter filter, PageParams paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.direction() != null) {
            query.append(" and direction = :direction");
            params.and("direction", filter.direction());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.partnerId() != null) {
            query.append(" and partnerInstitutionId = :partner");
            params.and("partner", filter.partnerId());
        }
        if (filter.callId() != null) {
            query.append(" and callId = :call");
            params.and("call", filter.callId());
        }
        var found = Nomination.<Nomination>find(query.toString(), Sort.descending("createdAt").and("id"), params);
        List<Nomination> page = found.range(paging.offset(), paging.offset() + paging.size - 1).list();
        // the shared documents of the whole page in one query
        Map<UUID, DocumentView> shared = applications.documentsById(page.stream().flatMap(n -> n.documentIds.stream()).distinct().toList())
                .stream().collect(byId());
        List<NominationView> items = page.stream().map(n -> view(n, false, shared)).toList();
        return new NominationPage(items, paging.page, paging.size, found.count());
    }

    @Transactional
    public NominationView get(UUID id) {
        return view(find(id, null), true);
    }

    @Transactional
    public NominationView forPartner(UUID id, UUID partnerId) {
        return view(find(id, partnerId), true).forPartner();
    }

    /** A document shared with the partner; any other is unknown to it. */
    @Transactional
    public StoredFile sharedDocument(UUID id, UUID documentId, UUID partnerId) {
        Nomination n = find(id, partnerId);
        if (!n.documentIds.contains(documentId)) {
            throw ProblemException.notFound("Document " + documentId + " of nomination " + id);
        }
        return applications.document(n.applicationId, documentId);
    }

    @Transactional
    public NominationView cancel(UUID id, int version, String reason, String actor) {
        Nomination n = locked(id, null, version);
        NominationStatus from = move(n, NominationAction.CANCEL, Side.SENDING);
        n.reason = reason;
        return changed(n, from, NominationEvent.Kind.CANCELLED, actor, Map.of("reason", reason), "nomination.cancelled");
    }

    /** The candidate gave up their place: their open nomination is cancelled and the partner told. */
    void placeGivenUp(@Observes PlaceGivenUp event) {
        Nomination.<Nomination>find("applicationId = ?1 and status in ?2", event.applicationId(), OPEN).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().ifPresent(n -> {
                    NominationStatus from = move(n, NominationAction.CANCEL, Side.SENDING);
                    n.reason = GIVEN_UP;
                    changed(n, from, NominationEvent.Kind.CANCELLED, event.actor(), Map.of("reason", GIVEN_UP, "byCandidate", true),
                            "nomination.cancelled");
                });
    }

    @Transactional
    public NominationView changePeriod(UUID id, int version, LocalDate start, LocalDate end, String actor) {
        Nomination n = locked(id, null, version);
        NominationStatus from = move(n, NominationAction.CHANGE_PERIOD, Side.SENDING);
        Map<String, Object> detail = newPeriod(n, start, end);
        return changed(n, from, NominationEvent.Kind.PERIOD_CHANGED, actor, detail, "nomination.changed");
    }

    /** The partner accepts, for adjusted dates when it gives both; accepting again answers the nomination as it is. */
    @Transactional
    public NominationView accept(UUID id, UUID partnerId, LocalDate start, LocalDate end, String actor) {
        bothOrNeither(start, end);
        Nomination n = locked(id, partnerId, null);
        if (n.status != NominationStatus.ACCEPTED) {
            accepted(n, start, end, actor, false);
        }
        return view(n, false).forPartner();
    }

    /**
     * The partner rejects: the candidate's place is freed and the selection's cascade offers it on. The cascade can
     * only take the candidate out as a decline does, so they do not keep their rank for their other preferences.
     */
    @Transactional
    public NominationView reject(UUID id, UUID partnerId, String reason, String actor) {
        Nomination n = locked(id, partnerId, null);
        if (n.status != NominationStatus.REJECTED) {
            rejected(n, reason, actor, false);
        }
        return view(n, false).forPartner();
    }

    /** A coordinator records the decision a partner sent by other means (a letter, an e-mail); the partner's system is told. */
    @Transactional
    public NominationView recordDecision(UUID id, DecisionInput input, String actor) {
        bothOrNeither(input.start(), input.end());
        Nomination n = locked(id, null, input.version());
        if (input.decision() == PartnerDecision.ACCEPTED) {
            return accepted(n, input.start(), input.end(), actor, true);
        }
        if (input.reason() == null || input.reason().isBlank()) {
            throw ProblemException.unprocessable(List.of(CommonRefusals.REQUIRED.at("reason", "say why the partner rejected the nominee")));
        }
        return rejected(n, input.reason().strip(), actor, true);
    }

    private NominationView accepted(Nomination n, LocalDate start, LocalDate end, String actor, boolean byHand) {
        NominationStatus from = move(n, NominationAction.ACCEPT, Side.RECEIVING);
        Map<String, Object> detail = new LinkedHashMap<>(start == null ? Map.of() : newPeriod(n, start, end));
        return changed(n, from, NominationEvent.Kind.ACCEPTED, actor, byHand(detail, byHand), byHand ? "nomination.changed" : null);
    }

    private NominationView rejected(Nomination n, String reason, String actor, boolean byHand) {
        NominationStatus from = move(n, NominationAction.REJECT, Side.RECEIVING);
        n.reason = reason;
        changed(n, from, NominationEvent.Kind.REJECTED, actor, byHand(new LinkedHashMap<>(Map.of("reason", reason)), byHand),
                byHand ? "nomination.changed" : null);
        if (offers.rejectedByPartner(n.applicationId, actor)) {
            NominationEvent.record(n, n.status, NominationEvent.Kind.PLACE_FREED, actor, Map.of("as", "DECLINED"), now());
        }
        return view(n, false);
    }

    private static Map<String, Object> byHand(Map<String, Object> detail, boolean byHand) {
        if (byHand) {
            detail.put("recordedByHand", true);
        }
        return detail;
    }

    private static void bothOrNeither(LocalDate start, LocalDate end) {
        if ((start == null) != (end == null)) {
            throw ProblemException.unprocessable(List.of(CommonRefusals.REQUIRED.at(start == null ? "start" : "end",
                    "give both dates or neither")));
        }
    }

    /** Records a change in the trail and, when the partner must hear of it, in the outbox. */
    NominationView changed(Nomination n, NominationStatus from, NominationEvent.Kind kind, String actor, Map<String, Object> detail, String notice) {
        Instant now = now();
        n.updatedAt = now;
        n.updatedBy = actor;
        NominationEvent.record(n, from, kind, actor, detail, now);
        if (notice != null) {
            outbox.enqueue(n.partnerInstitutionId, notice, n.id, new Notice(n.id, n.status, n.plannedStart, n.plannedEnd, n.reason));
        }
        Nomination.getEntityManager().flush();
        return view(n, false);
    }

    /** The nomination; with its timeline and its letter when {@code withTimeline} (a detail, not a list). */
    NominationView view(Nomination n, boolean withTimeline) {
        return view(n, withTimeline, applications.documentsById(n.documentIds).stream().collect(byId()));
    }

    private static Collector<DocumentView, ?, Map<UUID, DocumentView>> byId() {
        return Collectors.toMap(DocumentView::id, d -> d, (a, b) -> a, LinkedHashMap::new);
    }

    private NominationView view(Nomination n, boolean withTimeline, Map<UUID, DocumentView> known) {
        // in the order they were uploaded, as the application lists them
        List<DocumentView> documents = known.values().stream().filter(d -> n.documentIds.contains(d.id())).toList();
        List<EventView> timeline = withTimeline ? NominationEvent.<NominationEvent>list("nominationId = ?1 order by id", n.id).stream()
                .map(e -> new EventView(e.at, e.actor, e.kind, e.fromStatus, e.toStatus, e.detail)).toList() : null;
        LetterView letter = withTimeline ? NominationLetter.meta(n.id).orElse(null) : null;
        return new NominationView(n.id, n.direction, n.status, n.applicationId, n.callId, n.partnerInstitutionId, n.agreementId, n.flowType,
                n.academicYear, n.mobilityType, n.participant, n.plannedStart, n.plannedEnd, documents, n.overrideReason, n.reason, letter,
                n.version, n.createdAt, n.updatedAt, timeline);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Map<String, Object> newPeriod(Nomination n, LocalDate start, LocalDate end) {
        List<FieldError> errors = NominationPeriod.violations(n.mobilityType, start, end, n.agreementFirstYear, n.agreementLastYear);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fromStart", n.plannedStart.toString());
        detail.put("fromEnd", n.plannedEnd.toString());
        detail.put("start", start.toString());
        detail.put("end", end.toString());
        n.plannedStart = start;
        n.plannedEnd = end;
        return detail;
    }

    private static NominationStatus move(Nomination n, NominationAction action, Side by) {
        NominationStatus from = n.status;
        n.status = NominationLifecycle.next(from, action, by).orElseThrow(() -> ProblemException.stateConflict("nomination-state",
                "Not allowed in this state", from.name(), NominationRefusals.WRONG_STATE.at("status", "This nomination is " + from.name().toLowerCase() + ": it cannot be "
                        + action.done())));
        return from;
    }

    /** The nomination, of the partner when one is given (another's is unknown), locked; at the version when one is given. */
    static Nomination locked(UUID id, UUID partnerId, Integer version) {
        Nomination n = Nomination.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || partnerId != null && !partnerId.equals(n.partnerInstitutionId)) {
            throw ProblemException.notFound("Nomination " + id);
        }
        if (version != null && version != n.version) {
            throw ProblemException.staleVersion(n.version);
        }
        return n;
    }

    static Nomination find(UUID id, UUID partnerId) {
        Nomination n = Nomination.findById(id);
        if (n == null || partnerId != null && !partnerId.equals(n.partnerInstitutionId)) {
            throw ProblemException.notFound("Nomination " + id);
        }
        return n;
    }
}
