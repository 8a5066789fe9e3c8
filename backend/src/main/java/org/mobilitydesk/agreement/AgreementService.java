package org.mobilitydesk.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;
import org.mobilitydesk.agreement.AgreementViews.AgreementPage;
import org.mobilitydesk.agreement.AgreementViews.AgreementSummary;
import org.mobilitydesk.agreement.AgreementViews.AmendmentSummary;
import org.mobilitydesk.agreement.AgreementViews.AmendmentView;
import org.mobilitydesk.agreement.AgreementViews.AgreementView;
import org.mobilitydesk.agreement.AgreementViews.ConditionsVersionView;
import org.mobilitydesk.agreement.AgreementViews.DiffView;
import org.mobilitydesk.agreement.AgreementViews.TransitionView;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.notification.Outbox;
import org.mobilitydesk.project.ProjectService;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.reference.ReferenceViews.AcademicYearView;
import org.mobilitydesk.reference.ReferenceViews.CefrLevelView;
import org.mobilitydesk.reference.ReferenceViews.EqfLevelView;
import org.mobilitydesk.reference.ReferenceViews.IscedFieldView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

/** Agreements: the rules live in the domain classes of this package; this service loads, checks, records and answers. */
@ApplicationScoped
public class AgreementService {

    @Inject
    ReferenceService reference;
    @Inject
    InstitutionService institutions;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    ProjectService projects;
    @Inject
    AgreementPrinter printer;

    /** Reference codes never change while the application runs (they arrive by migration): read once. */
    private volatile KnownCodes codes;

    @Transactional
    public AgreementPage list(AgreementQuery query) {
        LocalDate today = today();
        AgreementListFilter filter = new AgreementListFilter(query, today);
        String where = "from Agreement a where " + filter.where;
        long total = Agreement.count(where, filter.params);
        List<Agreement> found = Agreement.<Agreement>find(where + " order by " + filter.orderBy(), filter.params)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(query.offset(), query.offset() + query.size - 1).list();
        Map<UUID, String> names = institutions.names(found.stream().map(a -> a.partnerInstitutionId).toList());
        List<AgreementSummary> items = found.stream().map(a -> new AgreementSummary(a.id, a.partnerInstitutionId,
                names.get(a.partnerInstitutionId), a.firstAcademicYear, a.lastAcademicYear, AcademicCalendar.endOf(a.lastAcademicYear),
                status(a, today), a.flowCount, Arrays.stream(a.mobilityTypes).map(AgreementMobilityType::valueOf).toList(),
                expiringSoon(a, today), inForceNumber(a), inForceHash(a), amendmentSummary(a), a.version, a.updatedAt)).toList();
        return new AgreementPage(items, query.page, query.size, total);
    }

    @Transactional
    public AgreementView get(UUID id) {
        return view(Agreement.<Agreement>findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public AgreementView create(AgreementInput input, String user) {
        UUID home = institutions.findHome().map(InstitutionView::id).orElseThrow(() -> ProblemException.conflict("homeInstitution",
                "An admin must configure the home institution before agreements can be made"));
        UUID partner = institutions.findPartner(input.partnerInstitutionId()).map(InstitutionView::id).orElseThrow(() ->
                ProblemException.unprocessable(List.of(CommonRefusals.UNKNOWN_PARTNER.at("partnerInstitutionId",
                        "is not a known partner institution"))));
        Conditions conditions = checked(input, home, partner);
        Set<UUID> funding = fundingProjects(input, partner);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.homeInstitutionId = home;
        agreement.partnerInstitutionId = partner;
        agreement.createdAt = Instant.now(clock);
        agreement.createdBy = user;
        applyFields(agreement, input);
        agreement.projectIds.addAll(funding);
        touch(agreement, user);
        ConditionsVersion first = newVersion(agreement, 1, conditions, user);
        agreement.persist();
        first.persist();
        record(agreement, AgreementAction.CREATE, null, user, null);
        return view(agreement);
    }

    @Transactional
    public AgreementView update(UUID id, AgreementInput input, String user) {
        Agreement agreement = locked(id, input.version());
        if (!agreement.partnerInstitutionId.equals(input.partnerInstitutionId())) {
            throw ProblemException.unprocessable(List.of(AgreementRefusals.PARTNER_FIXED.at("partnerInstitutionId",
                    "cannot change: make a new agreement with the other partner")));
        }
        Conditions conditions = checked(input, agreement.homeInstitutionId, agreement.partnerInstitutionId);
        Set<UUID> funding = fundingProjects(input, agreement.partnerInstitutionId);
        boolean changed = !CanonicalForm.hash(conditions).equals(agreement.contentHash);
        AgreementAction action = changed ? AgreementAction.EDIT_CONDITIONS : AgreementAction.EDIT;
        AgreementStatus from = moveOn(agreement, action);
        applyFields(agreement, input);
        agreement.projectIds.retainAll(funding);
        agreement.projectIds.addAll(funding);
        if (changed) {
            int number = (int) ConditionsVersion.count("agreementId", agreement.id) + 1;
            newVersion(agreement, number, conditions, user).persist();
            agreement.signedHash = null;
        }
        return recorded(agreement, action, from, user, null);
    }

    @Transactional
    public AgreementView sign(UUID id, SignInput input, String user) {
        Agreement agreement = locked(id, input.version());
        AgreementStatus from = moveOn(agreement, AgreementAction.SIGN);
        if (conditionsVersion(agreement, agreement.conditionsNumber).conditions.flows().isEmpty()) {
            throw ProblemException.unprocessable(List.of(AgreementRefusals.SIGN_WITHOUT_FLOWS.at("flows",
                    "must hold at least one flow before the agreement is signed")));
        }
        agreement.signedHash = agreement.contentHash;
        agreement.home = agreement.home.signed(input.signerName(), input.signerEmail(),
                Objects.requireNonNullElse(input.signingDate(), today()));
        return recorded(agreement, AgreementAction.SIGN, from, user, null);
    }

    @Transactional
    public AgreementView terminate(UUID id, TerminateInput input, String user) {
        Agreement agreement = locked(id, input.version());
        AgreementLifecycle.State next = next(agreement, AgreementAction.TERMINATE);
        boolean override = Boolean.TRUE.equals(input.overrideNotice());
        refuseViolations(Termination.violations(input.terminationDate(), today(), override, input.overrideReason()));
        AgreementStatus from = moveTo(agreement, next);
        agreement.terminationDate = input.terminationDate();
        agreement.terminationReason = input.reason().strip();
        agreement.terminationOverrideReason = override ? input.overrideReason().strip() : null;
        return recorded(agreement, AgreementAction.TERMINATE, from, user, agreement.terminationReason);
    }

    @Transactional
    public AgreementView restoreApproved(UUID id, int version, String user) {
        Agreement agreement = locked(id, version);
        AgreementStatus from = moveOn(agreement, AgreementAction.RESTORE_APPROVED);
        makeCurrent(agreement, conditionsVersion(agreement, agreement.approvedNumber));
        agreement.signedHash = agreement.approvedHash;
        return recorded(agreement, AgreementAction.RESTORE_APPROVED, from, user, null);
    }

    /**
     * The partner approves the conditions with the hash it saw: they are the version in force from now on. Another
     * partner's agreement is unknown to it (404); a hash that is not the current one, or an agreement not awaiting
     * approval, gets 409 with the current status and hash.
     */
    @Transactional
    public AgreementView approveByPartner(UUID id, UUID partnerInstitutionId, String hash, String actor) {
        Agreement agreement = lockedForPartner(id, partnerInstitutionId, hash, AgreementAction.APPROVE);
        AgreementStatus from = moveOn(agreement, AgreementAction.APPROVE);
        agreement.approvedNumber = agreement.conditionsNumber;
        agreement.approvedHash = agreement.contentHash;
        makeCurrent(agreement, conditionsVersion(agreement, agreement.conditionsNumber));
        agreement.partner = agreement.partner.signed(null, null, today());
        return recorded(agreement, AgreementAction.APPROVE, from, actor, null);
    }

    /** The partner declines the conditions with the hash it saw, saying why; the same refusals as approval. */
    @Transactional
    public AgreementView declineByPartner(UUID id, UUID partnerInstitutionId, String hash, String comment, String actor) {
        Agreement agreement = lockedForPartner(id, partnerInstitutionId, hash, AgreementAction.DECLINE);
        if (comment == null || comment.isBlank()) {
            throw ProblemException.unprocessable(List.of(AgreementRefusals.DECLINE_COMMENT_REQUIRED.at("comment",
                    "is required: say what the partner wants changed")));
        }
        AgreementStatus from = moveOn(agreement, AgreementAction.DECLINE);
        return recorded(agreement, AgreementAction.DECLINE, from, actor, comment.strip());
    }

    /** The agreement as its partner sees it: its own agreements only (another's is unknown), without the internal notes. */
    @Transactional
    public AgreementView forPartner(UUID id, UUID partnerInstitutionId) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(id).filter(a -> a.partnerInstitutionId.equals(partnerInstitutionId))
                .orElseThrow(() -> notFound(id));
        return view(agreement).withoutNotes();
    }

    /** The agreement printed: its version in force (or current one) with the amendment's state, in words. */
    @Transactional
    public byte[] pdf(UUID id) {
        return printer.pdf(view(Agreement.<Agreement>findByIdOptional(id).orElseThrow(() -> notFound(id))));
    }

    /**
     * Per partner: the mobilities per year that the flows of these types from the home institution to the partner
     * provide for in the academic year, over the agreements in force whose version in force covers it (blended: only
     * flows that allow it). An amendment in progress changes nothing until the partner approves it. Partners without
     * such a flow are left out.
     */
    @Transactional
    public Map<UUID, Integer> outgoingMobilitiesPerYear(Collection<UUID> partners, String academicYear, Set<AgreementMobilityType> types,
            boolean blendedOnly) {
        Map<UUID, Integer> mobilities = new HashMap<>();
        for (FlowInForce f : outgoingFlows(partners, academicYear, types, blendedOnly)) {
            mobilities.merge(f.partnerInstitutionId(), f.flow().mobilitiesPerYear(), Integer::sum);
        }
        return mobilities;
    }

    /** An outgoing flow of the version in force of an agreement in force, with the agreement's academic years. */
    public record FlowInForce(UUID agreementId, UUID partnerInstitutionId, String firstAcademicYear, String lastAcademicYear, Flow flow) {
    }

    /** The flows that {@link #outgoingMobilitiesPerYear} adds up, one by one. */
    @Transactional
    public List<FlowInForce> outgoingFlows(Collection<UUID> partners, String academicYear, Set<AgreementMobilityType> types, boolean blendedOnly) {
        if (partners.isEmpty()) {
            return List.of();
        }
        List<Agreement> inForce = Agreement.list("status = ?1 and partnerInstitutionId in ?2 and firstAcademicYear <= ?3 and lastAcademicYear >= ?3",
                AgreementStatus.IN_FORCE, Set.copyOf(partners), academicYear);
        List<FlowInForce> flows = new ArrayList<>();
        for (Agreement agreement : inForce) {
            for (Flow flow : conditionsVersion(agreement, agreement.approvedNumber).conditions.flows()) {
                if (types.contains(flow.mobilityType()) && flow.sendingInstitutionId().equals(agreement.homeInstitutionId)
                        && flow.receivingInstitutionId().equals(agreement.partnerInstitutionId)
                        && flow.firstAcademicYear().compareTo(academicYear) <= 0 && flow.lastAcademicYear().compareTo(academicYear) >= 0
                        && (!blendedOnly || flow.blendedAllowed())) {
                    flows.add(new FlowInForce(agreement.id, agreement.partnerInstitutionId, agreement.firstAcademicYear,
                            agreement.lastAcademicYear, flow));
                }
            }
        }
        return flows;
    }

    /** From the approved version (or from) to the current one (or to). */
    @Transactional
    public DiffView diff(UUID id, Integer from, Integer to) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (from == null && agreement.approvedNumber == null) {
            throw ProblemException.unprocessable(List.of(AgreementRefusals.NO_APPROVED_VERSION.at("from",
                    "is required: the agreement has no approved version to compare with")));
        }
        ConditionsVersion before = conditionsVersion(agreement, from == null ? agreement.approvedNumber : from);
        ConditionsVersion after = conditionsVersion(agreement, to == null ? agreement.conditionsNumber : to);
        ConditionsDiff diff = ConditionsDiff.between(before.conditions, after.conditions);
        return new DiffView(before.number, after.number, before.contentHash, after.contentHash, diff.changes(), diff.flows());
    }

    private Conditions checked(AgreementInput input, UUID home, UUID partner) {
        Conditions conditions = input.conditions();
        refuseViolations(ConditionsRules.violations(conditions, home, partner, knownCodes()));
        return conditions;
    }

    /** The projects named must exist and list the partner (as partner or beneficiary) to fund its mobilities. */
    private Set<UUID> fundingProjects(AgreementInput input, UUID partner) {
        List<UUID> ids = Objects.requireNonNullElse(input.projectIds(), List.of());
        Map<UUID, ProjectService.Linkable> known = projects.linkable(ids);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ProjectService.Linkable project = known.get(ids.get(i));
            if (project == null) {
                errors.add(CommonRefusals.UNKNOWN_PROJECT.at("projectIds[" + i + "]", "is not a known KA171 project"));
            } else if (!project.institutionIds().contains(partner)) {
                errors.add(AgreementRefusals.PROJECT_WITHOUT_PARTNER.at("projectIds[" + i + "]", "project " + project.ref().reference()
                        + " does not list this partner: add the partner to the project first", project.ref().reference()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return new HashSet<>(ids);
    }

    private static void refuseViolations(List<FieldError> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
    }

    private KnownCodes knownCodes() {
        KnownCodes known = codes;
        if (known == null) {
            known = new KnownCodes(
                    codeSet(reference.academicYears(), AcademicYearView::code),
                    codeSet(reference.isced(), IscedFieldView::code),
                    codeSet(reference.eqfLevels(), EqfLevelView::level),
                    codeSet(reference.cefrLevels(), CefrLevelView::code),
                    codeSet(reference.languages(), LanguageView::code));
            codes = known;
        }
        return known;
    }

    /** A HashSet, which answers contains(null) with false. */
    private static <T, C> Set<C> codeSet(List<T> rows, Function<T, C> code) {
        return rows.stream().map(code).collect(Collectors.toCollection(HashSet::new));
    }

    private static void applyFields(Agreement agreement, AgreementInput input) {
        agreement.home = Objects.requireNonNullElse(input.home(), AgreementSide.EMPTY).cleaned();
        agreement.partner = Objects.requireNonNullElse(input.partner(), AgreementSide.EMPTY).cleaned();
        agreement.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
    }

    private ConditionsVersion newVersion(Agreement agreement, int number, Conditions conditions, String user) {
        ConditionsVersion version = new ConditionsVersion();
        version.agreementId = agreement.id;
        version.number = number;
        version.conditions = conditions;
        version.contentHash = CanonicalForm.hash(conditions);
        version.createdAt = Instant.now(clock);
        version.createdBy = user;
        makeCurrent(agreement, version);
        return version;
    }

    /** The version becomes the current one; without an amendment in progress it is also the one the summary describes. */
    private static void makeCurrent(Agreement agreement, ConditionsVersion version) {
        agreement.conditionsNumber = version.number;
        agreement.contentHash = version.contentHash;
        if (agreement.amendmentStatus != null) {
            return;
        }
        Conditions conditions = version.conditions;
        agreement.firstAcademicYear = conditions.firstAcademicYear();
        agreement.lastAcademicYear = conditions.lastAcademicYear();
        agreement.flowCount = conditions.flows().size();
        agreement.mobilityTypes = conditions.flows().stream().map(f -> f.mobilityType().name()).distinct().sorted()
                .toArray(String[]::new);
    }

    private static ConditionsVersion conditionsVersion(Agreement agreement, int number) {
        return ConditionsVersion.<ConditionsVersion>findByIdOptional(new ConditionsVersion.Key(agreement.id, number))
                .orElseThrow(() -> ProblemException.notFound("Version " + number + " of agreement " + agreement.id));
    }

    /** Locked until the transaction ends, so concurrent changes queue and the later one sees the new version. */
    private static Agreement locked(UUID id, Integer version) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (version == null) {
            throw ProblemException.badRequest("version", "is required: send the version you loaded");
        }
        if (version != agreement.version) {
            throw ProblemException.staleVersion(agreement.version);
        }
        return agreement;
    }

    private Agreement lockedForPartner(UUID id, UUID partnerInstitutionId, String hash, AgreementAction action) {
        Agreement agreement = Agreement.<Agreement>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.partnerInstitutionId.equals(partnerInstitutionId)).orElseThrow(() -> notFound(id));
        next(agreement, action);
        if (!agreement.contentHash.equals(hash)) {
            throw ProblemException.stateConflict("hash-mismatch", "The conditions changed",
                    "The conditions are not the ones you saw: their hash is now " + agreement.contentHash
                            + ". Read the agreement again and decide on the current conditions.",
                    status(agreement).name(), agreement.contentHash);
        }
        return agreement;
    }

    private AgreementStatus status(Agreement agreement) {
        return status(agreement, today());
    }

    private static AgreementStatus status(Agreement agreement, LocalDate today) {
        return AgreementLifecycle.effective(agreement.status, agreement.lastAcademicYear, today);
    }

    /** The state after the action, or 409 with the status as read and the current hash when the lifecycle refuses it. */
    private AgreementLifecycle.State next(Agreement agreement, AgreementAction action) {
        AgreementStatus status = status(agreement);
        AgreementLifecycle.State state = new AgreementLifecycle.State(status, agreement.amendmentStatus);
        return AgreementLifecycle.next(state, action).orElseThrow(() ->
                ProblemException.stateConflict("wrong-state", "Wrong state",
                        action + " is not allowed on an agreement that is " + status + refusalReason(agreement, action),
                        status.name(), agreement.contentHash));
    }

    private static String refusalReason(Agreement agreement, AgreementAction action) {
        if (agreement.amendmentStatus != null) {
            return " with an amendment " + agreement.amendmentStatus + (action == AgreementAction.TERMINATE
                    ? ": restore the approved version first, which withdraws the amendment" : "");
        }
        return action == AgreementAction.RESTORE_APPROVED && agreement.approvedNumber == null ? " and was never approved"
                : action == AgreementAction.RESTORE_APPROVED ? " and has no amendment to withdraw" : "";
    }

    /** Applies the action's state (refused with 409 when not allowed) and gives the status as read before it. */
    private AgreementStatus moveOn(Agreement agreement, AgreementAction action) {
        return moveTo(agreement, next(agreement, action));
    }

    private AgreementStatus moveTo(Agreement agreement, AgreementLifecycle.State next) {
        AgreementStatus from = status(agreement);
        agreement.status = next.status();
        agreement.amendmentStatus = next.amendment();
        return from;
    }

    /**
     * What the partner is told of an agreement, in the same transaction as the change; plain edits are not news. The
     * status, number and hash are those of the version in force (before the first approval: the current one); an
     * amendment in progress is named beside them with the hash to approve.
     */
    public record ChangeNotice(UUID agreementId, AgreementStatus status, int conditionsNumber, String contentHash,
            AmendmentSummary amendment, String comment) {
    }

    private AgreementView recorded(Agreement agreement, AgreementAction action, AgreementStatus from, String actor, String comment) {
        touch(agreement, actor);
        record(agreement, action, from, actor, comment);
        if (action != AgreementAction.EDIT) {
            outbox.enqueue(agreement.partnerInstitutionId, "agreement." + action.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    agreement.id, new ChangeNotice(agreement.id, status(agreement), inForceNumber(agreement), inForceHash(agreement),
                            amendmentSummary(agreement), comment));
        }
        Agreement.getEntityManager().flush();
        return view(agreement);
    }

    private void record(Agreement agreement, AgreementAction action, AgreementStatus from, String actor, String comment) {
        AgreementTransition transition = new AgreementTransition();
        transition.agreementId = agreement.id;
        transition.at = Instant.now(clock);
        transition.actor = actor;
        transition.action = action;
        transition.fromStatus = from;
        transition.toStatus = status(agreement);
        transition.amendmentStatus = agreement.amendmentStatus;
        transition.conditionsNumber = agreement.conditionsNumber;
        transition.contentHash = agreement.contentHash;
        transition.comment = comment;
        transition.persist();
    }

    private void touch(Agreement agreement, String user) {
        agreement.updatedAt = Instant.now(clock);
        agreement.updatedBy = user;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean expiringSoon(Agreement agreement, LocalDate today) {
        return agreement.status != AgreementStatus.TERMINATED && AcademicCalendar.endsSoon(agreement.lastAcademicYear, today);
    }

    /** The version the agreement's status describes: the one in force while an amendment is in progress, else the current one. */
    private static int inForceNumber(Agreement agreement) {
        return agreement.amendmentStatus == null ? agreement.conditionsNumber : agreement.approvedNumber;
    }

    private static String inForceHash(Agreement agreement) {
        return agreement.amendmentStatus == null ? agreement.contentHash : agreement.approvedHash;
    }

    private static AmendmentSummary amendmentSummary(Agreement agreement) {
        return agreement.amendmentStatus == null ? null
                : new AmendmentSummary(agreement.amendmentStatus, agreement.conditionsNumber, agreement.contentHash);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Agreement " + id);
    }

    private AgreementView view(Agreement a) {
        List<ConditionsVersion> versions = ConditionsVersion.list("agreementId = ?1 order by number", a.id);
        ConditionsVersion standing = version(versions, a, inForceNumber(a));
        AmendmentView amendment = null;
        if (a.amendmentStatus != null) {
            Conditions proposed = version(versions, a, a.conditionsNumber).conditions;
            amendment = new AmendmentView(a.amendmentStatus, a.conditionsNumber, a.contentHash, proposed.firstAcademicYear(),
                    proposed.lastAcademicYear(), AcademicCalendar.endOf(proposed.lastAcademicYear()), flows(proposed));
        }
        List<TransitionView> transitions = AgreementTransition.<AgreementTransition>list("agreementId = ?1 order by id", a.id)
                .stream().map(t -> new TransitionView(t.at, t.actor, t.action, t.fromStatus, t.toStatus, t.amendmentStatus,
                        t.conditionsNumber, t.contentHash, t.comment))
                .toList();
        Map<UUID, String> names = institutions.names(List.of(a.homeInstitutionId, a.partnerInstitutionId));
        return new AgreementView(a.id, a.homeInstitutionId, names.get(a.homeInstitutionId), a.partnerInstitutionId,
                names.get(a.partnerInstitutionId), a.home, a.partner, a.firstAcademicYear, a.lastAcademicYear,
                AcademicCalendar.endOf(a.lastAcademicYear), a.notes, projects.refs(a.projectIds), status(a),
                flows(standing.conditions), standing.number, standing.contentHash, amendment, a.terminationDate, a.terminationReason,
                a.terminationOverrideReason, expiringSoon(a, today()),
                versions.stream().map(v -> new ConditionsVersionView(v.number, v.contentHash, v.createdAt, v.createdBy)).toList(),
                transitions, a.version, a.updatedAt);
    }

    private static ConditionsVersion version(List<ConditionsVersion> versions, Agreement a, int number) {
        return versions.stream().filter(v -> v.number == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("Agreement " + a.id + " lacks its conditions version " + number));
    }

    private static List<FlowData> flows(Conditions conditions) {
        return conditions.flows().stream().map(FlowData::of).toList();
    }
}
