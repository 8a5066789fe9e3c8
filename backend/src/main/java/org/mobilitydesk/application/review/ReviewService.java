package org.mobilitydesk.application.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.ApplicationRefusals;
import org.mobilitydesk.application.Application;
import org.mobilitydesk.application.ApplicationDocument;
import org.mobilitydesk.application.ApplicationEvent;
import org.mobilitydesk.application.ApplicationEventKind;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;
import org.mobilitydesk.application.StoredFile;
import org.mobilitydesk.application.review.ReviewViews.ApplicationPage;
import org.mobilitydesk.application.review.ReviewViews.ApplicationSummary;
import org.mobilitydesk.application.review.ReviewViews.ApplicationView;
import org.mobilitydesk.application.review.ReviewViews.CallRef;
import org.mobilitydesk.application.review.ReviewViews.DocumentView;
import org.mobilitydesk.application.review.ReviewViews.PartnerRef;
import org.mobilitydesk.application.review.ReviewViews.PreferenceView;
import org.mobilitydesk.application.review.ReviewViews.TimelineEntry;
import org.mobilitydesk.call.Call;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.common.sheet.ExportFormat;
import org.mobilitydesk.common.sheet.SheetWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The coordinators' review of a call's applications: lists, reads and downloads what was submitted (a draft is the
 * applicant's own and unknown here), records eligibility decisions and the private note, and exports.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private static final int EXPORT_FETCH_SIZE = 500;

    @Inject
    EntityManager em;
    @Inject
    CallService calls;
    @Inject
    InstitutionService institutions;
    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /** An export ready to stream: the rows are read only while the body is written. */
    public record Export(String fileName, String contentType, StreamingBody body) {
    }

    @FunctionalInterface
    public interface StreamingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A submitted application (not withdrawn) as the selection needs it: to assign it and, before an evaluator sees its
     * content, to let them spot a conflict of interest (name, study programme or department, receipt number).
     */
    public record Candidate(UUID id, UUID callId, String receiptNumber, String applicantName, EligibilityDecision eligibility,
            Instant submittedAt, ProfileView profile) {

        public boolean eligible() {
            return eligibility == EligibilityDecision.ELIGIBLE;
        }
    }

    /** The call's submitted applications that are not withdrawn, by receipt number. */
    @Transactional
    public List<Candidate> candidates(UUID callId) {
        return Application.<Application>list("callId = ?1 and status = ?2 order by receiptNumber", callId, ApplicationStatus.SUBMITTED).stream()
                .map(ReviewService::candidate).toList();
    }

    /** The application as a candidate, if it is submitted and not withdrawn. */
    @Transactional
    public Optional<Candidate> candidate(UUID id) {
        return Application.<Application>findByIdOptional(id).filter(a -> a.status == ApplicationStatus.SUBMITTED).map(ReviewService::candidate);
    }

    private static Candidate candidate(Application a) {
        return new Candidate(a.id, a.callId, a.receiptNumber, a.applicantName, a.eligibility, a.submittedAt, a.profileSnapshot);
    }

    /** One page: one query for the page (document counts included), one for the total, one for the page's preferences. */
    @Transactional
    public ApplicationPage list(UUID callId, ReviewFilters filters, PageParams paging) {
        requireCall(callId);
        ReviewSql sql = ReviewSql.of(callId, filters);
        NativeQuery<Object[]> page = this.<Object[]>query(sql.page(), sql.params())
                .addScalar("id", StandardBasicTypes.UUID).addScalar("receipt_number", StandardBasicTypes.STRING)
                .addScalar("applicant_name", StandardBasicTypes.STRING).addScalar("applicant_email", StandardBasicTypes.STRING)
                .addScalar("status", StandardBasicTypes.STRING).addScalar("eligibility", StandardBasicTypes.STRING)
                .addScalar("submitted_at", StandardBasicTypes.INSTANT).addScalar("version", StandardBasicTypes.INTEGER)
                .addScalar("document_count", StandardBasicTypes.INTEGER);
        page.setParameter("limit", paging.size).setParameter("offset", paging.offset());
        List<Object[]> rows = page.getResultList();
        // a short page, not empty, ends the list: its total is known without counting
        long total = !rows.isEmpty() && rows.size() < paging.size || rows.isEmpty() && paging.page == 0 ? paging.offset() + rows.size()
                : this.<Number>query(sql.count(), sql.params()).getSingleResult().longValue();
        Map<UUID, List<PreferenceView>> preferences = preferences(rows.stream().map(r -> (UUID) r[0]).toList());
        List<ApplicationSummary> items = rows.stream().map(r -> new ApplicationSummary((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], ApplicationStatus.valueOf((String) r[4]), EligibilityDecision.valueOf((String) r[5]), (Instant) r[6],
                preferences.getOrDefault((UUID) r[0], List.of()), (Integer) r[8], (Integer) r[7])).toList();
        return new ApplicationPage(items, paging.page, paging.size, total);
    }

    @Transactional
    public ApplicationView get(UUID id) {
        return view(visible(id, LockModeType.NONE));
    }

    /** The documents of an application, without their content, in the order they were uploaded. */
    public List<DocumentView> documents(UUID applicationId) {
        return documentViews("d.applicationId = :id", applicationId);
    }

    /** The documents of these ids, of any application, in one query; an id that is not a document is left out. */
    public List<DocumentView> documentsById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : documentViews("d.id in :id", ids);
    }

    private List<DocumentView> documentViews(String where, Object id) {
        return em.createQuery("select d.id, d.documentType, d.otherLabel, d.fileName, d.contentType, d.sizeBytes,"
                + " d.sha256, d.uploadedAt from ApplicationDocument d where " + where + " order by d.uploadedAt, d.id", Object[].class)
                .setParameter("id", id).getResultStream()
                .map(d -> new DocumentView((UUID) d[0], (DocumentType) d[1], d[2] == null || ((String) d[2]).isEmpty() ? null : (String) d[2],
                        (String) d[3], (String) d[4], (Long) d[5], (String) d[6], (Instant) d[7]))
                .toList();
    }

    /** A document of a submitted application; another application's document is unknown here. */
    @Transactional
    public StoredFile document(UUID id, UUID documentId) {
        ApplicationDocument document = ApplicationDocument.<ApplicationDocument>find(
                "from ApplicationDocument d where d.id = ?1 and d.applicationId = ?2"
                        + " and exists (select 1 from Application a where a.id = ?2 and a.submittedAt is not null)", documentId, id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Document " + documentId + " of application " + id));
        return StoredFile.of(document);
    }

    @Transactional
    public ApplicationView decide(UUID id, EligibilityInput input, String user) {
        Application application = locked(id, input.version());
        EligibilityRules.refusal(application.status, input.decision(), input.reason()).ifPresent(refusal -> {
            throw switch (refusal) {
                case NOT_SUBMITTED -> ProblemException.stateConflict("wrong-state", "Wrong state",
                        "Only a submitted application gets an eligibility decision; this one is " + application.status,
                        application.status.name(), null);
                case REASON_REQUIRED -> ProblemException.unprocessable(List.of(ApplicationRefusals.INELIGIBLE_WITHOUT_REASON.at("reason",
                        "is required for INELIGIBLE: the applicant is told why")));
            };
        });
        Instant now = clock.instant();
        String reason = EligibilityRules.reason(input.reason());
        boolean pending = input.decision() == EligibilityDecision.PENDING;
        application.eligibility = input.decision();
        application.eligibilityReason = reason;
        application.eligibilityDecidedAt = pending ? null : now;
        application.eligibilityDecidedBy = pending ? null : user;
        application.updatedAt = now;
        ApplicationEvent event = new ApplicationEvent();
        event.applicationId = application.id;
        event.at = now;
        event.actor = user;
        event.kind = ApplicationEventKind.ELIGIBILITY_DECIDED;
        event.detail = reason;
        event.decision = input.decision();
        event.persist();
        em.flush();
        return view(application);
    }

    /** The private note; it changes the version (so a concurrent edit is refused) but not what the applicant sees. */
    @Transactional
    public ApplicationView note(UUID id, NoteInput input) {
        Application application = locked(id, input.version());
        application.coordinatorNote = input.note() == null || input.note().isBlank() ? null : input.note();
        em.flush();
        return view(application);
    }

    /**
     * The export of a call's matching applications: the call and the partners' names are read now (an unknown call is
     * 404 before anything is sent); the rows are read while the body is written, in their own read-only transaction,
     * through a forward-only cursor that fetches 500 rows at a time and makes no entities. Headers, values and partners'
     * names are in the exporting user's language.
     */
    @Transactional
    public Export export(UUID callId, ReviewFilters filters, ExportFormat format, InterfaceLanguage language) {
        CallView call = calls.get(callId);
        ZoneId zone = zone(call.schedule().timeZone());
        ReviewSql sql = ReviewSql.of(callId, filters);
        List<UUID> partnerIds = this.<UUID>query(sql.partners(), sql.params()).addScalar("partner_institution_id", StandardBasicTypes.UUID)
                .getResultList();
        Map<UUID, String> names = institutions.byIds(partnerIds).values().stream()
                .collect(Collectors.toMap(InstitutionView::id, i -> i.otherNames().getOrDefault(language.code(), i.name())));
        ExportColumns columns = new ExportColumns(Messages.of(language), call.maxPreferences(), reference.countryNames(), reference.languageNames());
        String fileName = DownloadNames.export(call.title(), callId, LocalDate.now(clock.withZone(zone)), format.extension);
        return new Export(fileName, format.contentType, out -> QuarkusTransaction.requiringNew().run(() -> write(sql, zone, names, columns, format, out)));
    }

    private void write(ReviewSql sql, ZoneId zone, Map<UUID, String> names, ExportColumns columns, ExportFormat format, OutputStream out) {
        ObjectReader profiles = json.readerFor(ProfileView.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        NativeQuery<Object[]> rows = this.<Object[]>query(sql.export(), sql.params())
                .addScalar("receipt_number", StandardBasicTypes.STRING).addScalar("submitted_at", StandardBasicTypes.INSTANT)
                .addScalar("status", StandardBasicTypes.STRING).addScalar("eligibility", StandardBasicTypes.STRING)
                .addScalar("eligibility_reason", StandardBasicTypes.STRING).addScalar("applicant_name", StandardBasicTypes.STRING)
                .addScalar("applicant_email", StandardBasicTypes.STRING).addScalar("profile", StandardBasicTypes.STRING)
                .addScalar("planned_start", StandardBasicTypes.LOCAL_DATE).addScalar("planned_end", StandardBasicTypes.LOCAL_DATE)
                .addScalar("document_count", StandardBasicTypes.INTEGER).addScalar("coordinator_note", StandardBasicTypes.STRING)
                .addScalar("partners", StandardBasicTypes.STRING);
        rows.setFetchSize(EXPORT_FETCH_SIZE);
        rows.setReadOnly(true);
        try (ScrollableResults<Object[]> cursor = rows.scroll(ScrollMode.FORWARD_ONLY); SheetWriter sheet = SheetWriter.of(format, "Applications", out)) {
            sheet.row(columns.headers());
            while (cursor.next()) {
                Object[] r = cursor.get();
                List<String> partners = r[12] == null ? List.of()
                        : Arrays.stream(((String) r[12]).split(",")).map(p -> names.getOrDefault(UUID.fromString(p), p)).toList();
                ExportRecord record = new ExportRecord((String) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], profile(profiles, (String) r[7]), partners, (LocalDate) r[8], (LocalDate) r[9],
                        (Integer) r[10], (String) r[11]);
                sheet.row(columns.cells(record, zone));
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProfileView profile(ObjectReader reader, String text) {
        if (text == null) {
            return null;
        }
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            LOG.warnf("An application's profile snapshot could not be read for the export: %s", e.getOriginalMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> NativeQuery<T> query(String sql, Map<String, Object> params) {
        NativeQuery<T> query = em.unwrap(Session.class).createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    /** The ranked partners of these applications, named, in one query plus one for the names. */
    /** The applications' preferences as partner ids, first choice first, in one query. */
    @Transactional
    public Map<UUID, List<UUID>> preferenceIds(List<UUID> ids) {
        Map<UUID, List<UUID>> byApplication = new HashMap<>();
        preferenceRows(ids).forEach(r -> byApplication.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[2]));
        return byApplication;
    }

    private List<Object[]> preferenceRows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        NativeQuery<Object[]> query = this.<Object[]>query(ReviewSql.preferences(), Map.of())
                .addScalar("application_id", StandardBasicTypes.UUID).addScalar("rank", StandardBasicTypes.INTEGER)
                .addScalar("partner_institution_id", StandardBasicTypes.UUID);
        query.setParameterList("ids", ids);
        return query.getResultList();
    }

    private Map<UUID, List<PreferenceView>> preferences(List<UUID> ids) {
        List<Object[]> rows = preferenceRows(ids);
        Map<UUID, InstitutionView> partners = institutions.byIds(rows.stream().map(r -> (UUID) r[2]).collect(Collectors.toSet()));
        Map<UUID, List<PreferenceView>> byApplication = new HashMap<>();
        for (Object[] r : rows) {
            byApplication.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new PreferenceView((Integer) r[1], partner((UUID) r[2], partners)));
        }
        return byApplication;
    }

    private static PartnerRef partner(UUID id, Map<UUID, InstitutionView> partners) {
        InstitutionView partner = partners.get(id);
        return partner == null ? new PartnerRef(id, id.toString(), Map.of(), "") : new PartnerRef(id, partner.name(), partner.otherNames(), partner.countryCode());
    }

    private ApplicationView view(Application a) {
        Map<UUID, InstitutionView> partners = institutions.byIds(Set.copyOf(a.preferences));
        List<PreferenceView> preferences = new ArrayList<>();
        for (int i = 0; i < a.preferences.size(); i++) {
            preferences.add(new PreferenceView(i + 1, partner(a.preferences.get(i), partners)));
        }
        List<DocumentView> documents = documents(a.id);
        List<TimelineEntry> timeline = ApplicationEvent.<ApplicationEvent>list("applicationId = ?1 order by id", a.id).stream()
                .map(e -> new TimelineEntry(e.at, e.actor, e.kind, e.detail, e.decision)).toList();
        CallView call = calls.get(a.callId);
        return new ApplicationView(a.id, a.receiptNumber, a.applicantName, a.applicantEmail, a.status, a.eligibility, a.submittedAt,
                a.withdrawnAt, preferences, documents.size(), a.version,
                new CallRef(call.id(), call.title(), call.mobilityType(), call.academicYear(), call.schedule()), a.profileSnapshot,
                a.plannedStart, a.plannedEnd, a.motivation, documents, a.eligibilityReason, a.eligibilityDecidedAt,
                a.eligibilityDecidedBy, a.coordinatorNote, timeline);
    }

    /** A submitted (or since withdrawn) application; a draft is unknown here, as is an id that does not exist. */
    private Application visible(UUID id, LockModeType lock) {
        Application application = em.find(Application.class, id, lock);
        if (application == null || application.submittedAt == null) {
            throw notFound(id);
        }
        return application;
    }

    /** Locked until the transaction ends, so concurrent changes queue and the later one sees the new version. */
    private Application locked(UUID id, Integer version) {
        Application application = visible(id, LockModeType.PESSIMISTIC_WRITE);
        if (version == null) {
            throw ProblemException.badRequest("version", "is required: send the version you loaded");
        }
        if (version != application.version) {
            throw ProblemException.staleVersion(application.version);
        }
        return application;
    }

    private static void requireCall(UUID callId) {
        if (Call.count("id", callId) == 0) {
            throw ProblemException.notFound("Call " + callId);
        }
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Application " + id);
    }
}
