package org.mobilitydesk.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mobilitydesk.agreement.AgreementViews.AgreementView;
import org.mobilitydesk.agreement.AgreementViews.AmendmentView;
import org.mobilitydesk.agreement.pdf.AgreementDocument;
import org.mobilitydesk.agreement.pdf.AgreementPdf;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.project.ProjectViews.ProjectRef;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.reference.ReferenceViews.EqfLevelView;
import org.mobilitydesk.reference.ReferenceViews.IscedFieldView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

/**
 * Puts an agreement into words for its printed form (English, the language of the document both partners sign): the
 * version in force with its status, the amendment in progress, institutions with their codes and places, and flows
 * with mobility types, subject areas, EQF levels and languages named, as the SPA shows them.
 */
@ApplicationScoped
public class AgreementPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    ReferenceService reference;
    @Inject
    InstitutionService institutions;
    @Inject
    Clock clock;

    public byte[] pdf(AgreementView agreement) {
        Map<UUID, InstitutionView> places = new HashMap<>();
        institutions.findHome().ifPresent(home -> places.put(home.id(), home));
        institutions.findPartner(agreement.partnerInstitutionId()).ifPresent(partner -> places.put(partner.id(), partner));
        Names names = new Names(institution -> places.containsKey(institution) ? places.get(institution).name() : institution.toString(),
                map(reference.languages(), LanguageView::code, LanguageView::name),
                map(reference.isced(), IscedFieldView::code, IscedFieldView::name),
                map(reference.eqfLevels(), EqfLevelView::level, EqfLevelView::name));
        return new AgreementPdf().render(new AgreementDocument(
                party(places.get(agreement.homeInstitutionId()), agreement.homeInstitutionName(), agreement.home()),
                party(places.get(agreement.partnerInstitutionId()), agreement.partnerInstitutionName(), agreement.partner()),
                agreement.firstAcademicYear(), agreement.lastAcademicYear(), standing(agreement), amendment(agreement.amendment()),
                agreement.contentHash(), agreement.flows().stream().map(names::row).toList(),
                agreement.projects().stream().map(ProjectRef::reference).toList(), Instant.now(clock)));
    }

    /** "Version 2 · In force", "Version 1 · Signed by the home institution, awaiting the partner's approval", ... */
    static String standing(AgreementView agreement) {
        String status = switch (agreement.status()) {
            case DRAFT -> "Draft, not yet signed";
            case SIGNED_BY_HOME -> "Signed by the home institution, awaiting the partner's approval";
            case DECLINED_BY_PARTNER -> "Declined by the partner";
            case IN_FORCE -> "In force until " + DAY.format(agreement.endsOn());
            case EXPIRED -> "Expired on " + DAY.format(agreement.endsOn());
            case TERMINATED -> "Terminated as of " + DAY.format(agreement.terminationDate());
        };
        return "Version " + agreement.conditionsNumber() + " · " + status;
    }

    static String amendment(AmendmentView amendment) {
        if (amendment == null) {
            return null;
        }
        String state = switch (amendment.status()) {
            case DRAFT -> "being drafted";
            case SIGNED_BY_HOME -> "signed by the home institution and awaiting the partner's approval";
            case DECLINED_BY_PARTNER -> "declined by the partner";
        };
        return "Amendment in progress: version " + amendment.conditionsNumber() + ", " + state
                + ". The version printed here stays in force until the partner approves the amendment (content hash "
                + amendment.contentHash() + ").";
    }

    private static AgreementDocument.Party party(InstitutionView institution, String name, AgreementSide side) {
        return new AgreementDocument.Party(name, institution == null ? null : institution.erasmusCode(),
                institution == null ? "" : institution.city(), institution == null ? "" : institution.countryName(), side.localId(),
                side.signerName(), side.signerEmail(), side.signingDate() == null ? null : DAY.format(side.signingDate()));
    }

    private static <T, K> Map<K, String> map(List<T> rows, Function<T, K> key, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(key, name));
    }

    /** The reference names a flow is written with, falling back to the code for one the reference data lacks. */
    record Names(Function<UUID, String> institution, Map<String, String> languages, Map<String, String> isced, Map<Integer, String> eqf) {

        AgreementDocument.FlowRow row(FlowData f) {
            boolean student = f.mobilityType().student();
            return new AgreementDocument.FlowRow(words(f.mobilityType()), institution.apply(f.sendingInstitutionId()),
                    institution.apply(f.receivingInstitutionId()), f.firstAcademicYear() + " – " + f.lastAcademicYear(),
                    f.mobilitiesPerYear(),
                    student ? plural(f.totalMonthsPerYear(), "month") + " per year" : plural(f.totalDaysPerYear(), "day") + " per year",
                    joined(f.subjectAreas(), s -> s.clarification() == null ? field(s.iscedCode()) : field(s.iscedCode()) + " (" + s.clarification() + ")"),
                    joined(f.eqfLevels(), level -> eqf.containsKey(level) ? level + " (" + eqf.get(level) + ")" : String.valueOf(level)),
                    student ? (Boolean.TRUE.equals(f.blendedAllowed()) ? "Yes" : "No") : null,
                    f.languageSkills() == null ? List.of() : f.languageSkills().stream()
                            .map(l -> new AgreementDocument.LanguageRow(languages.getOrDefault(l.language(), l.language()), l.cefrLevel(),
                                    l.iscedCode() == null ? null : field(l.iscedCode())))
                            .toList(),
                    f.otherTerms());
        }

        /** "0912 Medicine" */
        private String field(String code) {
            return isced.containsKey(code) ? code + " " + isced.get(code) : code;
        }

        private static String plural(Integer count, String unit) {
            int n = count == null ? 0 : count;
            return n + " " + unit + (n == 1 ? "" : "s");
        }

        private static String words(AgreementMobilityType type) {
            return switch (type) {
                case STUDENT_STUDIES -> "Student mobility for studies";
                case STUDENT_TRAINEESHIP -> "Student mobility for traineeships";
                case STAFF_TEACHING -> "Staff mobility for teaching";
                case STAFF_TRAINING -> "Staff mobility for training";
            };
        }

        private static <T> String joined(List<T> values, Function<T, String> text) {
            return values == null || values.isEmpty() ? null : values.stream().map(text).collect(Collectors.joining(", "));
        }
    }
}
