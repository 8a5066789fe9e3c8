package org.mobilitydesk.application;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.applicant.ProfileService;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.applicant.SignedInApplicant;
import org.mobilitydesk.application.ApplicationLifecycle.Action;
import org.mobilitydesk.application.ApplicationLifecycle.Decision;
import org.mobilitydesk.application.ApplicationLifecycle.Outcome;
import org.mobilitydesk.application.ApplicationMailText.RankedPartner;
import org.mobilitydesk.application.ApplicationMailText.Receipt;
import org.mobilitydesk.application.ApplicationMailText.ReceiptDocument;
import org.mobilitydesk.application.ApplicationViews.CallSummary;
import org.mobilitydesk.application.ApplicationViews.CallView;
import org.mobilitydesk.application.ApplicationViews.DocumentView;
import org.mobilitydesk.application.ApplicationViews.MyApplication;
import org.mobilitydesk.application.ApplicationViews.MyApplicationInput;
import org.mobilitydesk.application.ApplicationViews.Summary;
import org.mobilitydesk.application.ApplicationViews.TimelineEntry;
import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.DocumentFormat;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.reference.LocalizedNames;
import org.mobilitydesk.reference.ReferenceService;

/**
 * Applicants' own applications: each applicant sees and changes only the applications of their login (another's is
 * unknown: 404). The rules live in ApplicationLifecycle, ApplicationRules, PeriodRules, EligibilityCheck and Checklist;
 * this service loads, checks, records and answers. Changing actions lock the application's row, so concurrent requests
 * on one application queue.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    CallService calls;
    @Inject
    ProfileService profiles;
    @Inject
    InstitutionService institutions;
    @Inject
    AfterCommit afterCommit;
    @Inject
    ApplicationMailer mailer;
    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;

    /** A view and whether the request made the application. */
    public record Created(MyApplication application, boolean created) {
    }

    @Transactional
    public List<Summary> list(SignedInApplicant applicant) {
        Instant now = now();
        List<Application> mine = Application.list("applicantSubject = ?1 order by createdAt desc, id desc", applicant.subject());
        Map<UUID, ApplicantCall> byId = calls.forApplicants(mine.stream().map(a -> a.callId).collect(Collectors.toSet()), now);
        return mine.stream().filter(a -> byId.containsKey(a.callId)).map(a -> {
            ApplicantCall c = byId.get(a.callId);
            return new Summary(a.id, new CallSummary(c.id(), c.title(), c.mobilityType(), c.academicYear(), c.schedule()), a.status,
                    a.eligibility, a.receiptNumber, a.submittedAt, a.updatedAt);
        }).toList();
    }

    /**
     * A new draft, or the applicant's application to the call when there is one already (also when two requests race).
     * A withdrawn application does not count: who withdrew may apply again while the call accepts applications.
     */
    @Transactional
    public Created create(SignedInApplicant applicant, UUID callId) {
        Instant now = now();
        ApplicantCall call = calls.forApplicants(callId, now).orElseThrow(() -> ProblemException.notFound("Call " + callId));
        Optional<Application> existing = current(callId, applicant);
        if (existing.isPresent()) {
            return new Created(view(existing.get(), call, applicant), false);
        }
        if (!call.acceptingApplications()) {
            throw ProblemException.stateConflict("call-not-accepting", "The call does not accept applications",
                    now.isBefore(call.opensAt()) ? "The call opens for applications at " + call.opensAt() + "; apply from then on"
                            : "The call closed at its deadline " + call.deadline(),
                    call.status().name(), null);
        }
        ProfileView profile = profiles.ensure(applicant);
        boolean inserted = Application.getEntityManager().createNativeQuery("""
                INSERT INTO application (id, call_id, applicant_subject, applicant_name, applicant_email, created_at, updated_at)
                VALUES (:id, :call, :subject, :name, :email, :now, :now) ON CONFLICT (call_id, applicant_subject) WHERE status <> 'WITHDRAWN' DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("call", callId).setParameter("subject", applicant.subject())
                .setParameter("name", name(profile)).setParameter("email", profile.email())
                .setParameter("now", Timestamp.from(now)).executeUpdate() == 1;
        Application application = current(callId, applicant).orElseThrow();
        if (inserted) {
            event(application, ApplicationEventKind.CREATED, null, applicant.username(), now);
        }
        return new Created(view(application, call, applicant), inserted);
    }

    @Transactional
    public MyApplication get(SignedInApplicant applicant, UUID id) {
        Application application = owned(applicant, id, false);
        return view(application, call(application, now()), applicant);
    }

    @Transactional
    public MyApplication save(SignedInApplicant applicant, UUID id, MyApplicationInput input) {
        Application application = owned(applicant, id, true);
        if (input.version() != application.version) {
            throw ProblemException.staleVersion(application.version);
        }
        Instant now = now();
        ApplicantCall call = call(application, now);
        allowed(application, call, Action.EDIT, now);
        List<UUID> preferences = Objects.requireNonNullElse(input.preferences(), List.of());
        List<FieldError> errors = ApplicationRules.saveViolations(call, preferences, input.plannedStart(), input.plannedEnd());
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        if (!application.preferences.equals(preferences)) {
            application.preferences.clear();
            application.preferences.addAll(preferences);
        }
        application.plannedStart = input.plannedStart();
        application.plannedEnd = input.plannedEnd();
        application.motivation = input.motivation() == null || input.motivation().isBlank() ? null : input.motivation();
        refreshApplicant(application, profiles.get(applicant));
        application.updatedAt = now;
        Application.flush();
        return view(application, call, applicant);
    }

    /**
     * Stores a file for one of the call's required documents, replacing the one uploaded for it before. The format comes
     * from the content; the file is read from the temporary file the upload was streamed to.
     */
    @Transactional
    public DocumentView upload(SignedInApplicant applicant, UUID id, DocumentType type, String otherLabel, Path file, String submittedName) {
        Application application = owned(applicant, id, true);
        Instant now = now();
        ApplicantCall call = call(application, now);
        allowed(application, call, Action.EDIT, now);
        String asked = type == DocumentType.OTHER ? Objects.requireNonNullElse(otherLabel, "") : "";
        RequiredDocument requirement = ApplicationRules.requirement(call, type, otherLabel).orElseThrow(() -> ProblemException.unprocessable(
                List.of(ApplicationRefusals.DOCUMENT_NOT_ASKED.at("type", type == DocumentType.OTHER
                        ? "the call asks for no other document labelled \"" + asked + "\"" : "the call does not ask for " + type, type, asked))));
        Uploads.Checked checked = Uploads.check(file, submittedName,
                new Uploads.Limits(requirement.maxSizeBytes(), requirement.formats(), "the call", "for " + type), type.name().toLowerCase());
        String label = ApplicationRules.otherLabel(requirement);
        ApplicationDocument.delete("applicationId = ?1 and documentType = ?2 and otherLabel = ?3", application.id, type, label);
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        document.applicationId = application.id;
        document.documentType = type;
        document.otherLabel = label;
        document.fileName = checked.fileName();
        document.contentType = checked.contentType();
        document.sizeBytes = checked.content().length;
        document.sha256 = checked.sha256();
        document.content = checked.content();
        document.uploadedAt = now;
        document.persist();
        ApplicationDocument.flush();
        return documentView(document);
    }

    @Transactional
    public StoredFile download(SignedInApplicant applicant, UUID id, UUID documentId) {
        Application application = owned(applicant, id, false);
        ApplicationDocument document = document(application, documentId);
        return StoredFile.of(document);
    }

    @Transactional
    public void deleteDocument(SignedInApplicant applicant, UUID id, UUID documentId) {
        Application application = owned(applicant, id, true);
        Instant now = now();
        allowed(application, call(application, now), Action.EDIT, now);
        document(application, documentId).delete();
    }

    @Transactional
    public MyApplication submit(SignedInApplicant applicant, UUID id, Optional<InterfaceLanguage> named) {
        Application application = owned(applicant, id, true);
        Instant now = now();
        ApplicantCall call = call(application, now);
        if (allowed(application, call, Action.SUBMIT, now).outcome() == Outcome.UNCHANGED) {
            return view(application, call, applicant);
        }
        ProfileView profile = profiles.ensure(applicant);
        named.ifPresent(language -> profiles.rememberLanguage(applicant, language));
        InterfaceLanguage language = profiles.language(applicant);
        List<ApplicationDocument> documents = documents(application);
        List<FieldError> missing = Checklist.missing(Checklist.of(facts(application, call, profile, documents)));
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("The application is not complete: " + missing.size() + " items are missing or refused", missing);
        }
        ZoneId zone = call.zone();
        long number = ((Number) Application.getEntityManager().createNativeQuery("SELECT nextval('application_receipt_seq')").getSingleResult())
                .longValue();
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = now;
        application.receiptNumber = String.format("MD-%d-%06d", now.atZone(zone).getYear(), number);
        application.profileSnapshot = profile;
        refreshApplicant(application, profile);
        application.updatedAt = now;
        event(application, ApplicationEventKind.SUBMITTED, application.receiptNumber, applicant.username(), now);
        Application.flush();
        Map<UUID, InstitutionView> partners = institutions.byIds(application.preferences);
        Map<String, LocalizedNames> countries = reference.countryNames();
        List<RankedPartner> ranked = new ArrayList<>();
        for (int i = 0; i < application.preferences.size(); i++) {
            InstitutionView p = partners.get(application.preferences.get(i));
            if (p != null) {
                LocalizedNames country = countries.get(p.countryCode());
                ranked.add(new RankedPartner(i + 1, p.otherNames().getOrDefault(language.code(), p.name()), p.city(),
                        country == null ? p.countryName() : country.in(language)));
            }
        }
        List<ReceiptDocument> files = documents.stream().map(d -> new ReceiptDocument(d.documentType == DocumentType.OTHER ? d.otherLabel
                : d.documentType.name(), d.fileName, d.sizeBytes, d.sha256)).toList();
        ApplicationMailText.Text text = ApplicationMailText.receipt(new Receipt(application.receiptNumber, application.applicantName,
                call.title(language), now, zone, ranked, files), Messages.of(language));
        String to = application.applicantEmail;
        String what = "the receipt " + application.receiptNumber;
        afterCommit.run(() -> mailer.send(to, text, what));
        return view(application, call, applicant);
    }

    @Transactional
    public MyApplication withdraw(SignedInApplicant applicant, UUID id) {
        Application application = owned(applicant, id, true);
        Instant now = now();
        ApplicantCall call = call(application, now);
        if (allowed(application, call, Action.WITHDRAW, now).outcome() == Outcome.CHANGE) {
            application.status = ApplicationStatus.WITHDRAWN;
            application.withdrawnAt = now;
            application.updatedAt = now;
            event(application, ApplicationEventKind.WITHDRAWN, null, applicant.username(), now);
            Application.flush();
        }
        return view(application, call, applicant);
    }

    // ---- loading and checking

    /** To the microsecond, as PostgreSQL keeps it: what an answer shows is what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The applicant's application to the call that is not withdrawn; the database holds at most one. */
    private static Optional<Application> current(UUID callId, SignedInApplicant applicant) {
        return Application.<Application>find("callId = ?1 and applicantSubject = ?2 and status <> ?3", callId, applicant.subject(),
                ApplicationStatus.WITHDRAWN).firstResultOptional();
    }

    private static Application owned(SignedInApplicant applicant, UUID id, boolean lock) {
        var query = Application.<Application>find("id = ?1 and applicantSubject = ?2", id, applicant.subject());
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Application " + id));
    }

    private ApplicantCall call(Application application, Instant now) {
        return calls.forApplicants(application.callId, now).orElseThrow(() -> ProblemException.notFound("Application " + application.id));
    }

    private static Decision allowed(Application application, ApplicantCall call, Action action, Instant now) {
        Decision decision = ApplicationLifecycle.decide(application.status, action, call.acceptingApplications(), call.deadline(), now);
        if (decision.outcome() == Outcome.REFUSED) {
            throw decision.byCall()
                    ? ProblemException.stateConflict("call-not-accepting", "The call does not accept this now", capitalised(decision.refusal()),
                            call.status().name(), null)
                    : ProblemException.stateConflict("wrong-state", "Wrong state", capitalised(decision.refusal()), application.status.name(), null);
        }
        return decision;
    }

    private static ApplicationDocument document(Application application, UUID documentId) {
        return ApplicationDocument.<ApplicationDocument>find("id = ?1 and applicationId = ?2", documentId, application.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Document " + documentId));
    }

    private static List<ApplicationDocument> documents(Application application) {
        return ApplicationDocument.list("applicationId = ?1 order by uploadedAt, id", application.id);
    }

    private static void event(Application application, ApplicationEventKind kind, String detail, String actor, Instant at) {
        ApplicationEvent event = new ApplicationEvent();
        event.applicationId = application.id;
        event.at = at;
        event.actor = actor;
        event.kind = kind;
        event.detail = detail;
        event.persist();
    }

    private static void refreshApplicant(Application application, ProfileView profile) {
        application.applicantName = name(profile);
        application.applicantEmail = profile.email();
    }

    private static String name(ProfileView profile) {
        String name = (Objects.requireNonNullElse(profile.givenName(), "") + " " + Objects.requireNonNullElse(profile.familyName(), "")).strip();
        return name.isEmpty() ? profile.username() : name;
    }


    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // ---- files

    // ---- views

    private Checklist.Facts facts(Application a, ApplicantCall call, ProfileView profile, List<ApplicationDocument> documents) {
        Set<Checklist.Uploaded> uploaded = documents.stream().map(d -> new Checklist.Uploaded(d.documentType, d.otherLabel)).collect(Collectors.toSet());
        return new Checklist.Facts(call, profile, List.copyOf(a.preferences), a.plannedStart, a.plannedEnd, a.motivation, uploaded);
    }

    private MyApplication view(Application a, ApplicantCall call, SignedInApplicant applicant) {
        ProfileView profile = a.profileSnapshot != null ? a.profileSnapshot : profiles.get(applicant);
        List<ApplicationDocument> documents = documents(a);
        Map<UUID, InstitutionView> partners = institutions.byIds(a.preferences);
        List<PartnerRef> preferences = a.preferences.stream().filter(partners::containsKey).map(id -> {
            InstitutionView p = partners.get(id);
            return new PartnerRef(id, p.name(), p.otherNames(), p.countryCode(), p.countryName(), p.city());
        }).toList();
        List<TimelineEntry> timeline = ApplicationEvent.<ApplicationEvent>list("applicationId = ?1 order by id", a.id).stream()
                .map(e -> new TimelineEntry(e.at, e.kind, e.detail, e.decision)).toList();
        CallView callView = new CallView(call.id(), call.title(), call.description(), call.mobilityType(), call.duration(), call.academicYear(),
                call.maxPreferences(), call.places(), call.documents(), call.schedule());
        return new MyApplication(a.id, callView, a.status, preferences, a.plannedStart, a.plannedEnd, a.motivation,
                documents.stream().map(ApplicationService::documentView).toList(), Checklist.of(facts(a, call, profile, documents)),
                a.eligibility, a.eligibility == EligibilityDecision.INELIGIBLE ? a.eligibilityReason : null, a.receiptNumber, a.submittedAt,
                a.withdrawnAt, timeline, a.version, a.updatedAt);
    }

    private static DocumentView documentView(ApplicationDocument d) {
        return new DocumentView(d.id, d.documentType, d.otherLabel.isEmpty() ? null : d.otherLabel, d.fileName, d.contentType, d.sizeBytes,
                d.sha256, d.uploadedAt);
    }
}
