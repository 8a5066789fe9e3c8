package org.mobilitydesk.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Conditions for the domain tests: a home institution, a partner and two valid flows, and a way to change one field. */
final class AgreementSamples {

    static final UUID HOME = UUID.fromString("0b6f3c1e-1d2a-4c0e-9a11-000000000001");
    static final UUID PARTNER = UUID.fromString("0b6f3c1e-1d2a-4c0e-9a11-000000000002");
    static final UUID STRANGER = UUID.fromString("0b6f3c1e-1d2a-4c0e-9a11-000000000099");

    static final KnownCodes CODES = new KnownCodes(
            IntStream.rangeClosed(2014, 2035).mapToObj(y -> y + "/" + (y + 1)).collect(Collectors.toSet()),
            Set.of("09", "091", "0912", "0913", "0311", "0413"),
            Set.of(1, 2, 3, 4, 5, 6, 7, 8),
            Set.of("A1", "A2", "B1", "B2", "C1", "C2"),
            Set.of("en", "et", "it", "ru", "ky"));

    private AgreementSamples() {
    }

    /** Two students a year from home to partner, ten months in all, in dentistry and medicine. */
    static Flow students() {
        return new Flow(AgreementMobilityType.STUDENT_STUDIES, HOME, PARTNER, "2024/2025", "2027/2028", 2, 10, null,
                List.of(new SubjectArea("0912", "dentistry"), new SubjectArea("0913", null)), List.of(6, 7),
                List.of(new LanguageSkill("en", "B2", "0912"), new LanguageSkill("et", "A2", null)), true,
                "Tuition waived at the host");
    }

    /** Two teachers a year from partner to home, ten days in all. */
    static Flow staff() {
        return new Flow(AgreementMobilityType.STAFF_TEACHING, PARTNER, HOME, "2024/2025", "2026/2027", 2, null, 10,
                List.of(new SubjectArea("0912", null)), List.of(), List.of(new LanguageSkill("ru", "B1", null)), false, null);
    }

    static Conditions conditions(Flow... flows) {
        return new Conditions("2024/2025", "2027/2028", List.of(flows));
    }

    static Flow edit(Flow flow, Consumer<FlowEdit> change) {
        FlowEdit edit = new FlowEdit(flow);
        change.accept(edit);
        return edit.flow();
    }

    /** A flow's fields, changeable one by one. */
    static final class FlowEdit {
        AgreementMobilityType mobilityType;
        UUID sending;
        UUID receiving;
        String firstYear;
        String lastYear;
        int mobilities;
        Integer months;
        Integer days;
        List<SubjectArea> subjectAreas;
        List<Integer> eqfLevels;
        List<LanguageSkill> languageSkills;
        boolean blended;
        String otherTerms;

        FlowEdit(Flow f) {
            mobilityType = f.mobilityType();
            sending = f.sendingInstitutionId();
            receiving = f.receivingInstitutionId();
            firstYear = f.firstAcademicYear();
            lastYear = f.lastAcademicYear();
            mobilities = f.mobilitiesPerYear();
            months = f.totalMonthsPerYear();
            days = f.totalDaysPerYear();
            subjectAreas = new ArrayList<>(f.subjectAreas());
            eqfLevels = new ArrayList<>(f.eqfLevels());
            languageSkills = new ArrayList<>(f.languageSkills());
            blended = f.blendedAllowed();
            otherTerms = f.otherTerms();
        }

        Flow flow() {
            return new Flow(mobilityType, sending, receiving, firstYear, lastYear, mobilities, months, days, subjectAreas,
                    eqfLevels, languageSkills, blended, otherTerms);
        }
    }
}
