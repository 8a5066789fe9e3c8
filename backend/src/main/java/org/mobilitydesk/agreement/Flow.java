package org.mobilitydesk.agreement;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One direction of one mobility type in an agreement: sending → receiving institution, with its numbers per academic
 * year. Students have total months per year, EQF levels and may allow blended mobility; staff have total days.
 */
public record Flow(
        AgreementMobilityType mobilityType,
        UUID sendingInstitutionId,
        UUID receivingInstitutionId,
        String firstAcademicYear,
        String lastAcademicYear,
        int mobilitiesPerYear,
        Integer totalMonthsPerYear,
        Integer totalDaysPerYear,
        List<SubjectArea> subjectAreas,
        List<Integer> eqfLevels,
        List<LanguageSkill> languageSkills,
        boolean blendedAllowed,
        String otherTerms) {

    public Flow {
        subjectAreas = List.copyOf(Objects.requireNonNullElse(subjectAreas, List.of()));
        eqfLevels = List.copyOf(Objects.requireNonNullElse(eqfLevels, List.of()));
        languageSkills = List.copyOf(Objects.requireNonNullElse(languageSkills, List.of()));
    }
}
