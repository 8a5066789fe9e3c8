package org.mobilitydesk.reference;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The read-only views of reference data served by the API. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(name = "CountryView", description = "A country with its KA171 classification for one call year")
    public record CountryView(
            @Schema(required = true, description = "ISO 3166-1 alpha-2 code", examples = "KG") String code,
            @Schema(required = true, description = "English name", examples = "Kyrgyzstan") String name,
            @Schema(required = true) LocalizedNames names,
            @Schema(required = true, description = "KA171 side") ProgrammeSide side,
            @Schema(required = true, description = "The call year the group and region apply to", examples = "2024") int callYear,
            @Schema(description = "Receiving-country group by cost of living (programme side), 1 to 3", examples = "2") Short receivingGroup,
            @Schema(description = "Partner region number for this call year, 1 to 14", examples = "6") Short partnerRegion,
            @Schema(description = "How sure the region is: CONFIRMED, PROBABLE or UNKNOWN", examples = "CONFIRMED") String regionConfidence) {
    }

    @Schema(name = "IscedFieldView", description = "An ISCED-F 2013 field of education")
    public record IscedFieldView(
            @Schema(required = true, examples = "0912") String code,
            @Schema(required = true, description = "BROAD, NARROW or DETAILED", examples = "DETAILED") String level,
            @Schema(required = true, examples = "Medicine") String name,
            @Schema(description = "Code of the enclosing field", examples = "091") String parentCode) {
    }

    @Schema(name = "EqfLevelView", description = "A European Qualifications Framework level")
    public record EqfLevelView(@Schema(required = true, examples = "6") int level,
            @Schema(required = true, examples = "Bachelor or equivalent") String name) {
    }

    @Schema(name = "CefrLevelView", description = "A Common European Framework of Reference level for languages")
    public record CefrLevelView(@Schema(required = true, examples = "B2") String code,
            @Schema(required = true, examples = "Vantage") String name) {
    }

    @Schema(name = "LanguageView", description = "An ISO 639-1 language")
    public record LanguageView(@Schema(required = true, examples = "et") String code,
            @Schema(required = true, examples = "Estonian") String name,
            @Schema(required = true) LocalizedNames names) {
    }

    @Schema(name = "AcademicYearView", description = "An academic year, 1 September to 31 August")
    public record AcademicYearView(@Schema(required = true, examples = "2024/2025") String code,
            @Schema(required = true, examples = "2024-09-01") LocalDate startDate,
            @Schema(required = true, examples = "2025-08-31") LocalDate endDate) {
    }
}
