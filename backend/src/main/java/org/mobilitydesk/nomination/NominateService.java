package org.mobilitydesk.nomination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.agreement.AgreementMobilityType;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.agreement.AgreementService.FlowInForce;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.Application;
import org.mobilitydesk.application.review.ReviewService;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.nomination.NominationViews.NominateInput;
import org.mobilitydesk.nomination.NominationViews.NominationList;
import org.mobilitydesk.nomination.NominationViews.Participant;
import org.mobilitydesk.selection.results.OfferService;

/**
 * Turns the accepted offers of a call into nominations to the partners of the places, under the outgoing flow of an
 * agreement in force that covers the call's type and year. All or nothing: any refused application refuses the batch.
 */
@ApplicationScoped
public class NominateService {

    @Inject
    CallService calls;
    @Inject
    AgreementService agreements;
    @Inject
    OfferService offers;
    @Inject
    ReviewService applications;
    @Inject
    NominationService nominations;

    private record Candidate(int index, Application application, FlowInForce flow) {

        String field() {
            return "applicationIds[" + index + "]";
        }

        FlowKey key() {
            return new FlowKey(flow.agreementId(), flow.flow().mobilityType());
        }
    }

    private record FlowKey(UUID agreementId, AgreementMobilityType type) {
    }

    @Transactional
    public NominationList nominate(UUID callId, NominateInput input, String actor) {
        CallView call = calls.get(callId);
        Map<UUID, Nomination> existing = new HashMap<>();
        // a cancelled nomination is history: the application may be nominated again
        Nomination.<Nomination>list("applicationId in ?1 and callId = ?2 and status <> ?3", Set.copyOf(input.applicationIds()), callId,
                NominationStatus.CANCELLED).forEach(n -> existing.put(n.applicationId, n));
        List<FieldError> errors = new ArrayList<>();
        List<Candidate> candidates = candidates(call, input.applicationIds(), existing.keySet(), errors);
        Map<UUID, UUID> sharedOf = documents(candidates, input.documents(), errors);
        Map<FlowKey, List<Candidate>> byFlow = new LinkedHashMap<>();
        candidates.forEach(c -> byFlow.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        Set<FlowKey> over = new HashSet<>();
        byFlow.forEach((key, inFlow) -> {
            int capacity = inFlow.get(0).flow().flow().mobilitiesPerYear();
            long used = used(key, call.academicYear());
            errors.addAll(NominationCapacity.check(capacity, used, inFlow.size(), input.overrideReason()));
            if (used + inFlow.size() > capacity) {
                over.add(key);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        for (Candidate c : candidates) {
            Nomination n = nomination(call, c, actor);
            n.documentIds = sharedOf.entrySet().stream().filter(e -> e.getValue().equals(n.applicationId)).map(Map.Entry::getKey).toList();
            n.overrideReason = over.contains(c.key()) ? input.overrideReason() : null;
            n.persist();
            nominations.changed(n, null, NominationEvent.Kind.NOMINATED, actor, Map.of("overCapacity", n.overrideReason != null), "nomination.created");
            existing.put(n.applicationId, n);
        }
        return new NominationList(input.applicationIds().stream().distinct().map(id -> nominations.view(existing.get(id), false)).toList());
    }

    /** The applications to nominate now, each with its flow; those refused are told in errors. */
    private List<Candidate> candidates(CallView call, List<UUID> ids, Set<UUID> nominated, List<FieldError> errors) {
        Map<Integer, Application> accepted = new LinkedHashMap<>();
        Map<UUID, UUID> partnerOf = new HashMap<>();
        Set<UUID> seen = new HashSet<>(nominated);
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!seen.add(id)) {
                continue;
            }
            Application a = Application.findById(id);
            if (a == null || !a.callId.equals(call.id())) {
                errors.add(NominationRefusals.UNKNOWN_APPLICATION.at("applicationIds[" + i + "]", "is not an application of the call"));
                continue;
            }
            int index = i;
            offers.acceptedPartner(id).ifPresentOrElse(partner -> {
                accepted.put(index, a);
                partnerOf.put(id, partner);
            }, () -> errors.add(NominationRefusals.NOT_ACCEPTED.at("applicationIds[" + index + "]", "holds no accepted place")));
        }
        Map<UUID, FlowInForce> flows = new HashMap<>();
        agreements.outgoingFlows(Set.copyOf(partnerOf.values()), call.academicYear(), call.mobilityType().flowTypes(),
                call.mobilityType().needsBlendedFlow()).stream()
                .sorted(Comparator.comparing((FlowInForce f) -> f.agreementId()).thenComparing(f -> f.flow().mobilityType()))
                .forEach(f -> flows.putIfAbsent(f.partnerInstitutionId(), f));
        List<Candidate> candidates = new ArrayList<>();
        accepted.forEach((index, a) -> {
            FlowInForce flow = flows.get(partnerOf.get(a.id));
            Candidate c = new Candidate(index, a, flow);
            if (flow == null) {
                errors.add(NominationRefusals.NO_FLOW.at(c.field(), "no agreement in force has a flow to the partner for the call's type and year"));
            } else if (a.plannedStart == null || a.plannedEnd == null) {
                errors.add(CommonRefusals.REQUIRED.at(c.field() + ".plannedStart", "the application plans no period"));
            } else {
                NominationPeriod.violations(call.mobilityType(), a.plannedStart, a.plannedEnd, flow.firstAcademicYear(), flow.lastAcademicYear())
                        .forEach(e -> errors.add(new FieldError(c.field() + "." + e.field(), e.message(), e.code(), e.args())));
                candidates.add(c);
            }
        });
        return candidates;
    }

    /** Which application each shared document belongs to; a document of none of them is refused. */
    private Map<UUID, UUID> documents(List<Candidate> candidates, List<UUID> documentIds, List<FieldError> errors) {
        if (documentIds == null || documentIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> owner = new HashMap<>();
        candidates.forEach(c -> applications.documents(c.application().id).forEach(d -> owner.put(d.id(), c.application().id)));
        Map<UUID, UUID> shared = new LinkedHashMap<>();
        for (int j = 0; j < documentIds.size(); j++) {
            UUID id = documentIds.get(j);
            if (owner.containsKey(id)) {
                shared.put(id, owner.get(id));
            } else {
                errors.add(NominationRefusals.UNKNOWN_DOCUMENT.at("documents[" + j + "]", "is not a document of the applications nominated"));
            }
        }
        return shared;
    }

    /** The places the flow's nominations hold in the year; the flow is locked so concurrent batches count one after the other. */
    private static long used(FlowKey key, String academicYear) {
        Nomination.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "nomination:" + key.agreementId() + ":" + key.type() + ":" + academicYear).getSingleResult();
        return Nomination.count("agreementId = ?1 and flowType = ?2 and direction = ?3 and academicYear = ?4 and status in ?5", key.agreementId(),
                key.type(), NominationDirection.OUTGOING, academicYear, NominationService.OPEN);
    }

    private Nomination nomination(CallView call, Candidate c, String actor) {
        Application a = c.application();
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.direction = NominationDirection.OUTGOING;
        n.applicationId = a.id;
        n.callId = call.id();
        n.partnerInstitutionId = c.flow().partnerInstitutionId();
        n.agreementId = c.flow().agreementId();
        n.flowType = c.flow().flow().mobilityType();
        n.academicYear = call.academicYear();
        n.mobilityType = call.mobilityType();
        n.agreementFirstYear = c.flow().firstAcademicYear();
        n.agreementLastYear = c.flow().lastAcademicYear();
        n.participant = participant(a);
        n.plannedStart = a.plannedStart;
        n.plannedEnd = a.plannedEnd;
        n.status = NominationStatus.NOMINATED;
        n.createdAt = n.updatedAt = nominations.now();
        n.createdBy = n.updatedBy = actor;
        return n;
    }

    private static Participant participant(Application a) {
        ProfileView p = a.profileSnapshot;
        return new Participant(p.givenName(), p.familyName(), a.applicantEmail, p.dateOfBirth(), p.citizenship(), p.studyCycle(),
                p.studyProgramme(), p.languages());
    }
}
