package org.mobilitydesk.agreement;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementFlow", description = "One direction of one mobility type: sending → receiving institution (one of the two partners each), numbers per academic year. Students give totalMonthsPerYear (2 to 12 per mobility), staff totalDaysPerYear (5 to 60 per mobility).")
public record FlowData(
        @Schema(required = true) @NotNull AgreementMobilityType mobilityType,
        @Schema(required = true) @NotNull UUID sendingInstitutionId,
        @Schema(required = true) @NotNull UUID receivingInstitutionId,
        @Schema(required = true, examples = "2024/2025") @NotNull String firstAcademicYear,
        @Schema(required = true, examples = "2027/2028") @NotNull String lastAcademicYear,
        @Schema(required = true, minimum = "1", maximum = "1000", examples = "2") @NotNull Integer mobilitiesPerYear,
        @Schema(description = "Students only", examples = "10") Integer totalMonthsPerYear,
        @Schema(description = "Staff only", examples = "10") Integer totalDaysPerYear,
        @Schema(maxItems = 50, description = "ISCED-F 2013 fields with an optional clarification (at most 200 characters)") @Size(max = 50) List<@NotNull SubjectArea> subjectAreas,
        @Schema(maxItems = 4, description = "Students only: EQF levels 5 to 8", examples = "[6, 7]") @Size(max = 4) List<@NotNull Integer> eqfLevels,
        @Schema(maxItems = 20, description = "Recommended languages: ISO 639-1 code, CEFR level A1 to C2, optional ISCED-F code") @Size(max = 20) List<@NotNull LanguageSkill> languageSkills,
        @Schema(description = "Students only; false when absent") Boolean blendedAllowed,
        @Schema(maxLength = 2000) @Size(max = 2000) String otherTerms) {

    Flow toFlow() {
        return new Flow(mobilityType, sendingInstitutionId, receivingInstitutionId, firstAcademicYear, lastAcademicYear,
                mobilitiesPerYear, totalMonthsPerYear, totalDaysPerYear, subjectAreas, eqfLevels, languageSkills,
                Boolean.TRUE.equals(blendedAllowed), otherTerms);
    }

    static FlowData of(Flow f) {
        return new FlowData(f.mobilityType(), f.sendingInstitutionId(), f.receivingInstitutionId(), f.firstAcademicYear(),
                f.lastAcademicYear(), f.mobilitiesPerYear(), f.totalMonthsPerYear(), f.totalDaysPerYear(), f.subjectAreas(),
                f.eqfLevels(), f.languageSkills(), f.blendedAllowed(), f.otherTerms());
    }
}
