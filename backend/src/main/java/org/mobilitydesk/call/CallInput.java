package org.mobilitydesk.call;

import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.MinimumGrade;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallParts.RequiredDocument;

@Schema(name = "CallInput", description = "A call as the coordinator enters it. Texts are maps from language (en, ru, ky, kk) to text; English is required. "
        + "opensAt and deadline are ISO 8601 instants with an offset or Z, e.g. 2027-03-31T23:59:00+06:00 for 23:59 in Bishkek; the call answers them also in the home institution's time zone.")
public record CallInput(
        @Schema(required = true, examples = "{\"en\": \"Erasmus+ study exchange 2026/2027\", \"ru\": \"Обмен Erasmus+ 2026/2027\"}") @NotNull Map<String, String> title,
        @Schema(description = "Required (in English) to publish") Map<String, String> description,
        @Schema(required = true) @NotNull CallMobilityType mobilityType,
        @Schema(required = true, description = "Only OUTGOING for now") @NotNull CallDirection direction,
        @Schema(required = true, examples = "2026/2027") @NotNull String academicYear,
        @Schema(description = "The KA171 project that funds the mobilities") UUID projectId,
        @Schema(maxItems = 100, description = "At least one to publish") @Size(max = 100) List<@NotNull @Valid Place> places,
        @Valid Eligibility eligibility,
        @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid RequiredDocument> documents,
        @Schema(maxItems = 20, description = "Weights add up to 100; required to publish") @Size(max = 20) List<@NotNull @Valid Criterion> criteria,
        @Schema(description = "Tie-breaks and the minimum total; no minimum and no fewer-opportunities tie-break when absent") @Valid RankingRules ranking,
        @Schema(required = true, minimum = "1", maximum = "3", description = "How many partners an applicant may rank", examples = "2") @NotNull Integer maxPreferences,
        @Schema(required = true, examples = "2027-01-15T09:00:00+06:00") @NotNull OffsetDateTime opensAt,
        @Schema(required = true, description = "The first instant at which applications are no longer accepted", examples = "2027-03-31T23:59:59+06:00") @NotNull OffsetDateTime deadline,
        @Schema(maxLength = 2000, description = "Required to change a published call: why, in words applicants will read") @Size(max = 2000) String changeReason,
        @Schema(description = "The version you loaded; required when updating", examples = "3") Integer version) {

    /** The call as stored: texts stripped and blank ones dropped, grades with two decimals, blank reasons absent. */
    CallContent content() {
        Eligibility rules = Objects.requireNonNullElse(eligibility, Eligibility.NONE);
        MinimumGrade grade = rules.minimumGrade() == null ? null
                : new MinimumGrade(rules.minimumGrade().value().setScale(2, RoundingMode.UNNECESSARY),
                        rules.minimumGrade().scaleMax().setScale(2, RoundingMode.UNNECESSARY));
        return new CallContent(texts(title), texts(description), mobilityType, direction, academicYear, projectId,
                Objects.requireNonNullElse(places, List.<Place>of()).stream()
                        .map(p -> new Place(p.partnerInstitutionId(), p.places(), stripped(p.overrideReason()))).toList(),
                new Eligibility(rules.eqfLevels(), rules.minimumYearOfStudy(), grade, rules.languages(), rules.staffCategories()),
                Objects.requireNonNullElse(documents, List.<RequiredDocument>of()).stream()
                        .map(d -> new RequiredDocument(d.type(), texts(d.label()), d.mandatory(), d.formats(), d.maxSizeBytes())).toList(),
                Objects.requireNonNullElse(criteria, List.<Criterion>of()).stream()
                        .map(c -> new Criterion(texts(c.name()), c.weight(), c.maxScore(), c.kind(), stripped(c.language()), texts(c.description())))
                        .toList(),
                ranking == null || ranking.minimumTotal() == null ? ranking
                        : new RankingRules(ranking.fewerOpportunitiesFirst(), ranking.minimumTotal().setScale(2, RoundingMode.UNNECESSARY)),
                maxPreferences, opensAt.toInstant(), deadline.toInstant());
    }

    static Map<String, String> texts(Map<String, String> texts) {
        Map<String, String> cleaned = new TreeMap<>();
        Objects.requireNonNullElse(texts, Map.<String, String>of()).forEach((language, text) -> {
            String value = stripped(text);
            if (value != null) {
                cleaned.put(language, value);
            }
        });
        return cleaned;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
