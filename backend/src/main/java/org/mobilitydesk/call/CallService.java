package org.mobilitydesk.call;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.call.CallViews.AmendmentView;
import org.mobilitydesk.call.CallViews.CallPage;
import org.mobilitydesk.call.CallViews.CallSummary;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.CallViews.ChangeView;
import org.mobilitydesk.call.CallViews.Duration;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.CallViews.PlaceView;
import org.mobilitydesk.call.CallViews.ProjectRef;
import org.mobilitydesk.call.CallViews.PublicCallPage;
import org.mobilitydesk.call.CallViews.PublicCallSummary;
import org.mobilitydesk.call.CallViews.PublicCallView;
import org.mobilitydesk.call.CallViews.PublicPlaceView;
import org.mobilitydesk.call.CallViews.Schedule;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionStatus;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.project.ProjectService;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.reference.ReferenceViews.AcademicYearView;
import org.mobilitydesk.reference.ReferenceViews.CefrLevelView;
import org.mobilitydesk.reference.ReferenceViews.EqfLevelView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

import io.quarkus.panache.common.Parameters;

/** Calls: the rules live in CallRules and CallLifecycle; this service loads, checks, records and answers. */
@ApplicationScoped
public class CallService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "updatedAt", "c.updatedAt",
            "opensAt", "c.opensAt",
            "deadline", "c.deadline",
            "academicYear", "c.academicYear");

    @Inject
    InstitutionService institutions;
    @Inject
    AgreementService agreements;
    @Inject
    ProjectService projects;
    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;
    @Inject
    Event<CallChanged> changedEvents;

    /** Reference codes never change while the application runs (they arrive by migration): read once. */
    private volatile CallRules.Codes codes;

    @Transactional
    public CallPage list(CallQuery query) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        filters(query, where, params);
        if (query.status != null) {
            CallStatus status = CallStatus.valueOf(query.status);
            where.append(" and c.status = :stored");
            params.and("stored", status == CallStatus.DRAFT ? CallStatus.DRAFT : CallStatus.PUBLISHED);
            if (status != CallStatus.DRAFT) {
                where.append(status == CallStatus.CLOSED ? " and c.deadline <= :now" : " and c.deadline > :now");
                params.and("now", now);
            }
        }
        boolean descending = query.sort.startsWith("-");
        String order = SORT_COLUMNS.get(descending ? query.sort.substring(1) : query.sort) + (descending ? " desc" : " asc");
        List<Call> found = page("from Call c where " + where + " order by " + order + ", c.id", params, query);
        ZoneId zone = homeZone();
        List<CallSummary> items = found.stream().map(c -> {
            CallStatus status = c.effectiveStatus(now);
            return new CallSummary(c.id, status, c.title, c.mobilityType, c.academicYear, schedule(c, status, zone, now),
                    c.places.size(), c.places.stream().mapToInt(Call.Place::places).sum(), c.version, c.updatedAt);
        }).toList();
        return new CallPage(items, query.page, query.size, Call.count("from Call c where " + where, params));
    }

    /** Published calls before their deadline, the soonest deadline first. */
    @Transactional
    public PublicCallPage publicList(PublicCallQuery query) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("c.status = :published and c.deadline > :now");
        Parameters params = Parameters.with("published", CallStatus.PUBLISHED).and("now", now);
        filters(query, where, params);
        List<Call> found = page("from Call c where " + where + " order by c.deadline, c.id", params, query);
        Map<UUID, InstitutionView> partners = institutions.byIds(found.stream()
                .flatMap(c -> c.places.stream().map(Call.Place::partnerInstitutionId)).collect(Collectors.toSet()));
        ZoneId zone = homeZone();
        List<PublicCallSummary> items = found.stream().map(c -> new PublicCallSummary(c.id, c.title, c.mobilityType, c.academicYear,
                publicPlaces(c, partners), schedule(c, CallStatus.PUBLISHED, zone, now))).toList();
        return new PublicCallPage(items, query.page, query.size, Call.count("from Call c where " + where, params));
    }

    private static void filters(PublicCallQuery query, StringBuilder where, Parameters params) {
        if (query.academicYear != null) {
            where.append(" and c.academicYear = :year");
            params.and("year", query.academicYear);
        }
        if (query.mobilityType != null) {
            where.append(" and c.mobilityType = :type");
            params.and("type", CallMobilityType.valueOf(query.mobilityType));
        }
    }

    private static List<Call> page(String query, Parameters params, PublicCallQuery paging) {
        return Call.<Call>find(query, params).withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(paging.offset(), paging.offset() + paging.size - 1).list();
    }

    @Transactional
    public CallView get(UUID id) {
        return view(Call.<Call>findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /** A published call before its deadline, as anyone sees it; drafts and closed calls are unknown here. */
    @Transactional
    public PublicCallView publicGet(UUID id) {
        Instant now = clock.instant();
        Call c = Call.<Call>findByIdOptional(id).filter(call -> call.effectiveStatus(now) == CallStatus.PUBLISHED).orElseThrow(() -> notFound(id));
        Map<UUID, InstitutionView> partners = institutions.byIds(c.places.stream().map(Call.Place::partnerInstitutionId).toList());
        List<AmendmentView> amendments = log(id).stream().filter(change -> change.action == CallAction.EDIT)
                .map(change -> new AmendmentView(change.at, change.reason, List.of(change.changedFields))).toList();
        return new PublicCallView(c.id, c.title, c.description, c.mobilityType, Duration.of(c.mobilityType), c.direction, c.academicYear,
                publicPlaces(c, partners), c.eligibility, c.documents, c.criteria, c.ranking, c.maxPreferences,
                schedule(c, CallStatus.PUBLISHED, homeZone(), now), c.publishedAt, amendments);
    }

    /** A call that is not a draft, as applicants' applications need it at the instant given; drafts are unknown here. */
    @Transactional
    public Optional<ApplicantCall> forApplicants(UUID id, Instant now) {
        return Call.<Call>findByIdOptional(id).filter(c -> c.status != CallStatus.DRAFT)
                .map(c -> forApplicants(List.of(c), now).get(c.id));
    }

    /** The calls of the ids given that are not drafts, by id. */
    @Transactional
    public Map<UUID, ApplicantCall> forApplicants(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return forApplicants(Call.<Call>list("id in ?1 and status <> ?2", ids, CallStatus.DRAFT), now);
    }

    private Map<UUID, ApplicantCall> forApplicants(List<Call> calls, Instant now) {
        Map<UUID, InstitutionView> partners = institutions.byIds(calls.stream()
                .flatMap(c -> c.places.stream().map(Call.Place::partnerInstitutionId)).collect(Collectors.toSet()));
        ZoneId zone = homeZone();
        Map<UUID, ApplicantCall> found = new HashMap<>();
        for (Call c : calls) {
            CallStatus status = c.effectiveStatus(now);
            found.put(c.id, new ApplicantCall(c.id, status, c.title, c.description, c.mobilityType, Duration.of(c.mobilityType),
                    c.academicYear, c.maxPreferences, publicPlaces(c, partners), c.eligibility, c.documents, schedule(c, status, zone, now)));
        }
        return found;
    }

    @Transactional
    public List<ChangeView> changes(UUID id) {
        Call.<Call>findByIdOptional(id).orElseThrow(() -> notFound(id));
        return log(id).stream().map(c -> new ChangeView(c.at, c.actor, c.action, c.reason, List.of(c.changedFields))).toList();
    }

    private static List<CallChange> log(UUID id) {
        return CallChange.list("callId = ?1 order by id", id);
    }

    @Transactional
    public CallView create(CallInput input, String user) {
        UUID home = homeId();
        CallContent content = input.content();
        checked(content, home);
        Call call = new Call();
        call.id = UUID.randomUUID();
        call.createdAt = clock.instant();
        call.createdBy = user;
        call.apply(content);
        touch(call, user);
        call.persist();
        return view(call);
    }

    /** A draft changes freely; a published call only with a reason, which the change log keeps; a closed one not at all. */
    @Transactional
    public CallView update(UUID id, CallInput input, String user) {
        Call call = locked(id, input.version());
        Instant now = clock.instant();
        CallStatus status = allowed(call, CallAction.EDIT, now);
        CallContent before = call.content();
        CallContent after = input.content();
        boolean published = status == CallStatus.PUBLISHED;
        if (published) {
            if (input.changeReason() == null || input.changeReason().isBlank()) {
                refuse(List.of(CallRefusals.CHANGE_REASON_REQUIRED.at("changeReason",
                        "is required to change a published call: say why, for the applicants")));
            }
            refuse(CallRules.amendmentViolations(before, after));
        }
        checked(after, homeId());
        if (published) {
            refuse(CallRules.publishViolations(after, now));
        }
        List<String> changed = after.changedSince(before);
        if (changed.isEmpty()) {
            return view(call);
        }
        call.apply(after);
        touch(call, user);
        if (published) {
            record(call, CallAction.EDIT, input.changeReason().strip(), changed, user);
        }
        Call.flush();
        if (published) {
            changedEvents.fire(new CallChanged(call.id, input.changeReason().strip(), user, now, changed));
        }
        return view(call);
    }

    @Transactional
    public CallView publish(UUID id, int version, String user) {
        Call call = locked(id, version);
        Instant now = clock.instant();
        allowed(call, CallAction.PUBLISH, now);
        CallContent content = call.content();
        checked(content, homeId());
        refuse(CallRules.publishViolations(content, now));
        call.status = CallStatus.PUBLISHED;
        call.publishedAt = now;
        call.publishedBy = user;
        touch(call, user);
        record(call, CallAction.PUBLISH, null, List.of(), user);
        Call.flush();
        return view(call);
    }

    @Transactional
    public void delete(UUID id, int version) {
        Call call = locked(id, version);
        allowed(call, CallAction.DELETE, clock.instant());
        call.delete();
    }

    private void checked(CallContent content, UUID home) {
        Set<UUID> partnerIds = content.places().stream().map(CallParts.Place::partnerInstitutionId).collect(Collectors.toSet());
        Map<UUID, InstitutionView> known = institutions.byIds(partnerIds);
        Map<UUID, Integer> mobilities = agreements.outgoingMobilitiesPerYear(partnerIds, content.academicYear(),
                content.mobilityType().flowTypes(), content.mobilityType().needsBlendedFlow());
        Map<UUID, CallRules.PartnerFacts> facts = new HashMap<>();
        known.forEach((partnerId, partner) -> facts.put(partnerId, new CallRules.PartnerFacts(!partnerId.equals(home), partner.name(),
                partner.status() == InstitutionStatus.ACTIVE, mobilities.get(partnerId))));
        boolean projectKnown = content.projectId() != null && projects.referenceOf(content.projectId()).isPresent();
        refuse(CallRules.violations(content, facts, projectKnown, knownCodes()));
    }

    private static void refuse(List<FieldError> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
    }

    private CallRules.Codes knownCodes() {
        CallRules.Codes known = codes;
        if (known == null) {
            known = new CallRules.Codes(
                    collect(reference.academicYears(), AcademicYearView::code),
                    collect(reference.eqfLevels(), EqfLevelView::level),
                    collect(reference.cefrLevels(), CefrLevelView::code),
                    collect(reference.languages(), LanguageView::code));
            codes = known;
        }
        return known;
    }

    /** A HashSet, which answers contains(null) with false. */
    private static <T, C> Set<C> collect(Collection<T> rows, Function<T, C> code) {
        return rows.stream().map(code).collect(Collectors.toCollection(HashSet::new));
    }

    private UUID homeId() {
        return institutions.homeId().orElseThrow(() -> ProblemException.conflict("homeInstitution",
                "An admin must configure the home institution before calls can be made"));
    }

    /** The home institution's time zone, in which calls are shown; UTC until an admin configures it. */
    private ZoneId homeZone() {
        try {
            return institutions.findHome().map(InstitutionView::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Locked until the transaction ends, so concurrent changes queue and the later one sees the new version. */
    private static Call locked(UUID id, Integer version) {
        Call call = Call.<Call>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (version == null) {
            throw ProblemException.badRequest("version", "is required: send the version you loaded");
        }
        if (version != call.version) {
            throw ProblemException.staleVersion(call.version);
        }
        return call;
    }

    /** The call's status now, when the action is allowed in it; otherwise 409 with the status. */
    private static CallStatus allowed(Call call, CallAction action, Instant now) {
        CallStatus status = call.effectiveStatus(now);
        if (CallLifecycle.next(status, action).isEmpty()) {
            throw ProblemException.stateConflict("wrong-state", "Wrong state",
                    action + " is not allowed on a call that is " + status
                            + (status == CallStatus.CLOSED ? ": its deadline " + call.deadline + " has passed" : ""),
                    status.name(), null);
        }
        return status;
    }

    private void record(Call call, CallAction action, String reason, List<String> changed, String user) {
        CallChange change = new CallChange();
        change.callId = call.id;
        change.at = clock.instant();
        change.actor = user;
        change.action = action;
        change.reason = reason;
        change.changedFields = changed.toArray(String[]::new);
        change.content = call.content();
        change.persist();
    }

    private void touch(Call call, String user) {
        call.updatedAt = clock.instant();
        call.updatedBy = user;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Call " + id);
    }

    private static Schedule schedule(Call c, CallStatus status, ZoneId zone, Instant now) {
        return Schedule.of(c.opensAt, c.deadline, zone, CallLifecycle.accepting(status, c.opensAt, now));
    }

    private static PartnerRef partner(UUID id, Map<UUID, InstitutionView> partners) {
        InstitutionView i = partners.get(id);
        return new PartnerRef(id, i.name(), i.otherNames(), i.countryCode(), i.countryName(), i.city());
    }

    private static List<PublicPlaceView> publicPlaces(Call c, Map<UUID, InstitutionView> partners) {
        return c.places.stream().map(p -> new PublicPlaceView(partner(p.partnerInstitutionId(), partners), p.places())).toList();
    }

    private CallView view(Call c) {
        Instant now = clock.instant();
        CallStatus status = c.effectiveStatus(now);
        List<UUID> partnerIds = c.places.stream().map(Call.Place::partnerInstitutionId).toList();
        Map<UUID, InstitutionView> partners = institutions.byIds(partnerIds);
        Map<UUID, Integer> mobilities = agreements.outgoingMobilitiesPerYear(partnerIds, c.academicYear, c.mobilityType.flowTypes(),
                c.mobilityType.needsBlendedFlow());
        List<PlaceView> places = c.places.stream().map(p -> new PlaceView(partner(p.partnerInstitutionId(), partners), p.places(),
                mobilities.get(p.partnerInstitutionId()), p.overrideReason())).toList();
        ProjectRef project = c.projectId == null ? null
                : projects.referenceOf(c.projectId).map(reference -> new ProjectRef(c.projectId, reference)).orElse(null);
        return new CallView(c.id, status, c.title, c.description, c.mobilityType, Duration.of(c.mobilityType), c.direction, c.academicYear,
                project, places, c.eligibility, c.documents, c.criteria, c.ranking, c.maxPreferences, schedule(c, status, homeZone(), now),
                c.publishedAt, c.publishedBy, c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
