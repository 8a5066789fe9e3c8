package org.mobilitydesk.applicant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.reference.ReferenceViews.CefrLevelView;
import org.mobilitydesk.reference.ReferenceViews.CountryView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

/** Applicants' own profiles: each applicant reads and changes only the profile of their login. */
@ApplicationScoped
public class ProfileService {

    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;

    @Transactional
    public ProfileView get(SignedInApplicant applicant) {
        return ApplicantProfile.<ApplicantProfile>findByIdOptional(applicant.subject()).map(p -> view(p, applicant))
                .orElseGet(() -> new ProfileView(false, applicant.username(), applicant.email(), applicant.givenName(),
                        applicant.familyName(), null, null, null, null, null, null, null, null, List.of(), null, null, null, false, null, null));
    }

    /**
     * The applicant's profile row, made now when missing and prefilled from the login like {@link #get} (applications
     * refer to it before the applicant saves it). A prefilled row stays version 0 and reads as not saved.
     */
    @Transactional
    public ProfileView ensure(SignedInApplicant applicant) {
        insert(applicant, applicant.givenName(), applicant.familyName(), Instant.now(clock));
        return get(applicant);
    }

    /** Whether a profile row was made; concurrent inserts for the same login make one. */
    private static boolean insert(SignedInApplicant applicant, String givenName, String familyName, Instant now) {
        return ApplicantProfile.getEntityManager().createNativeQuery("""
                INSERT INTO applicant_profile (user_subject, username, email, given_name, family_name, created_at, updated_at)
                VALUES (:subject, :username, :email, :given, :family, :now, :now) ON CONFLICT (user_subject) DO NOTHING""")
                .setParameter("subject", applicant.subject()).setParameter("username", applicant.username())
                .setParameter("email", applicant.email()).setParameter("given", givenName).setParameter("family", familyName)
                .setParameter("now", Timestamp.from(now)).executeUpdate() == 1;
    }

    @Transactional
    public ProfileView save(SignedInApplicant applicant, ProfileInput input) {
        List<FieldError> errors = ProfileRules.violations(input, LocalDate.now(clock), codes());
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Instant now = Instant.now(clock);
        // Two first saves at once: the second waits for the first's row and is then told that the profile changed.
        // A row prefilled for an application (version 0) counts as not saved yet.
        insert(applicant, "", "", now);
        ApplicantProfile profile = ApplicantProfile.findById(applicant.subject(), LockModeType.PESSIMISTIC_WRITE);
        boolean first = profile.version == 0;
        if (first && input.version() != null) {
            throw ProblemException.conflict("version", "no profile is saved yet: save it without a version");
        }
        if (!first && !Objects.equals(input.version(), profile.version)) {
            throw ProblemException.staleVersion(profile.version);
        }
        if (first) {
            // saved from now on, also when nothing differs from the prefilled row
            ApplicantProfile.getEntityManager().lock(profile, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        apply(profile, input, applicant);
        profile.updatedAt = now;
        ApplicantProfile.flush();
        return view(profile, applicant);
    }

    /** Remembers the interface language the applicant uses, for the e-mails to them; the profile's version stays. */
    @Transactional
    public void rememberLanguage(SignedInApplicant applicant, InterfaceLanguage language) {
        ApplicantProfile.getEntityManager().createNativeQuery("""
                UPDATE applicant_profile SET interface_language = :language
                WHERE user_subject = :subject AND interface_language IS DISTINCT FROM :language""")
                .setParameter("language", language.code()).setParameter("subject", applicant.subject()).executeUpdate();
    }

    /** The applicant's interface language; English until they named one. */
    public InterfaceLanguage language(SignedInApplicant applicant) {
        return languages(List.of(applicant.subject())).getOrDefault(applicant.subject(), InterfaceLanguage.EN);
    }

    /** The interface languages of the applicants with these subjects; one who never named a language reads English. */
    @Transactional
    public Map<String, InterfaceLanguage> languages(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = ApplicantProfile.getEntityManager().createNativeQuery("""
                SELECT user_subject, interface_language FROM applicant_profile WHERE user_subject IN (:subjects)""", Object[].class)
                .setParameter("subjects", subjects).getResultList();
        Map<String, InterfaceLanguage> languages = new HashMap<>();
        for (Object[] row : rows) {
            languages.put((String) row[0], InterfaceLanguage.of((String) row[1]).orElse(InterfaceLanguage.EN));
        }
        return languages;
    }

    private ProfileRules.Codes codes() {
        return new ProfileRules.Codes(
                reference.countries(reference.currentCallYear()).stream().map(CountryView::code).collect(Collectors.toSet()),
                reference.languages().stream().map(LanguageView::code).collect(Collectors.toSet()),
                reference.cefrLevels().stream().map(CefrLevelView::code).collect(Collectors.toSet()));
    }

    private static void apply(ApplicantProfile profile, ProfileInput input, SignedInApplicant applicant) {
        profile.username = applicant.username();
        profile.email = applicant.email();
        profile.givenName = input.givenName().strip();
        profile.familyName = input.familyName().strip();
        profile.dateOfBirth = input.dateOfBirth();
        profile.citizenship = input.citizenship();
        profile.phone = blankToNull(input.phone());
        profile.studyProgramme = blankToNull(input.studyProgramme());
        profile.studyCycle = input.studyCycle();
        profile.yearOfStudy = input.yearOfStudy();
        profile.gradeAverage = input.gradeAverage();
        profile.gradeScale = input.gradeScale();
        profile.languages = List.copyOf(Objects.requireNonNullElse(input.languages(), List.of()));
        profile.department = blankToNull(input.department());
        profile.position = blankToNull(input.position());
        profile.staffCategory = input.staffCategory();
        profile.fewerOpportunities = Boolean.TRUE.equals(input.fewerOpportunities());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The e-mail is always the login's, also when it changed since the profile was saved. */
    private static ProfileView view(ApplicantProfile p, SignedInApplicant applicant) {
        boolean saved = p.version > 0;
        return new ProfileView(saved, p.username, applicant.email(), p.givenName, p.familyName, p.dateOfBirth, p.citizenship, p.phone,
                p.studyProgramme, p.studyCycle, p.yearOfStudy, p.gradeAverage, p.gradeScale, p.languages, p.department, p.position,
                p.staffCategory, p.fewerOpportunities, saved ? p.version : null, saved ? p.updatedAt : null);
    }
}
