package org.mobilitydesk.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.selection.CriterionKind;

/**
 * The parts of a call as the coordinator enters them; the same values are stored and shown. The request shape is
 * checked here (400); numbers and codes are rules of {@link CallRules} (422).
 */
public final class CallParts {

    private CallParts() {
    }

    @Schema(name = "CallPlaceInput", description = "Places at one partner institution. More places than the agreements in force allow for the call's academic year and type, or a partner without such an agreement, needs overrideReason.")
    public record Place(
            @Schema(required = true) @NotNull UUID partnerInstitutionId,
            @Schema(required = true, minimum = "1", maximum = "1000", examples = "2") @NotNull Integer places,
            @Schema(maxLength = 2000, description = "Why more places than the agreements allow are offered; internal, never shown publicly", examples = "The new agreement awaits the partner's approval") @Size(max = 2000) String overrideReason) {
    }

    @Schema(name = "CallMinimumGrade", description = "The lowest grade average accepted, on the scale the institution declares: 4.0 of 5, 80 of 100")
    public record MinimumGrade(
            @Schema(required = true, examples = "4.0") @NotNull @Digits(integer = 4, fraction = 2, message = "must have at most four digits and two decimals") BigDecimal value,
            @Schema(required = true, description = "The best grade of the scale, at most 1000", examples = "5") @NotNull @Digits(integer = 4, fraction = 2, message = "must have at most four digits and two decimals") BigDecimal scaleMax) {
    }

    @Schema(name = "CallLanguageRequirement", description = "A language the applicant must know at least at a CEFR level")
    public record LanguageRequirement(
            @Schema(required = true, description = "ISO 639-1 code", examples = "en") @NotNull String language,
            @Schema(required = true, description = "CEFR level A1 to C2", examples = "B2") @NotNull String cefrLevel) {
    }

    @Schema(name = "CallEligibility", description = "Who may apply. Students: study cycles as EQF levels (5 short cycle, 6 bachelor, 7 master, 8 doctoral), minimum year of study, minimum grade average; staff: categories. Languages for everyone. Absent means no condition.")
    public record Eligibility(
            @Schema(maxItems = 4, description = "Students only: EQF levels 5 to 8 (doctoral calls: 8)", examples = "[6, 7]") @Size(max = 4) List<@NotNull Integer> eqfLevels,
            @Schema(minimum = "1", maximum = "10", description = "Students only", examples = "2") Integer minimumYearOfStudy,
            @Schema(description = "Students only") @Valid MinimumGrade minimumGrade,
            @Schema(maxItems = 5) @Size(max = 5) List<@NotNull @Valid LanguageRequirement> languages,
            @Schema(maxItems = 4, description = "Staff only") @Size(max = 4) List<@NotNull StaffCategory> staffCategories) {

        static final Eligibility NONE = new Eligibility(List.of(), null, null, List.of(), List.of());

        public Eligibility {
            eqfLevels = Objects.requireNonNullElse(eqfLevels, List.of());
            languages = Objects.requireNonNullElse(languages, List.of());
            staffCategories = Objects.requireNonNullElse(staffCategories, List.of());
        }
    }

    @Schema(name = "CallRequiredDocument", description = "A document applicants upload: its type, whether it is mandatory, the formats and the largest size accepted (at most 20 MiB)")
    public record RequiredDocument(
            @Schema(required = true) @NotNull DocumentType type,
            @Schema(description = "What the document is, by language (en, ru, ky, kk); English is required for OTHER", examples = "{\"en\": \"Medical certificate\"}") Map<String, String> label,
            @Schema(required = true) @NotNull Boolean mandatory,
            @Schema(required = true, minItems = 1, maxItems = 3) @NotNull @NotEmpty(message = "must name at least one format") @Size(max = 3) List<@NotNull DocumentFormat> formats,
            @Schema(required = true, minimum = "1", maximum = "20971520", description = "Bytes", examples = "5242880") @NotNull Long maxSizeBytes) {
    }

    @Schema(name = "CallSelectionCriterion", description = "A selection criterion published with the call: its name by language, its weight in percent (the weights add up to 100), "
            + "the highest score, and who scores it: the panel's evaluators (EVALUATOR), or the applicant's submitted profile: the grade average on the criterion's scale "
            + "(GRADE_AVERAGE: max × average / the applicant's grade scale), the CEFR level of a language (LANGUAGE_LEVEL: A1 to C2 give 1/6 to 6/6 of max) "
            + "or the full score for fewer opportunities (FEWER_OPPORTUNITIES)")
    public record Criterion(
            @Schema(required = true, description = "By language (en, ru, ky, kk); English is required", examples = "{\"en\": \"Grade average\", \"ru\": \"Средний балл\"}") @NotNull Map<String, String> name,
            @Schema(required = true, minimum = "1", maximum = "100", examples = "40") @NotNull Integer weight,
            @Schema(required = true, minimum = "1", maximum = "1000", examples = "10") @NotNull Integer maxScore,
            @Schema(description = "Who gives the score; EVALUATOR when absent") CriterionKind kind,
            @Schema(description = "ISO 639-1 code of the language whose level counts: for LANGUAGE_LEVEL, and only there", examples = "en") String language,
            @Schema(description = "What the criterion looks at, by language (en, ru, ky, kk): evaluators score by it and applicants read it", examples = "{\"en\": \"Clear goals for the stay and how it fits the studies\"}") Map<String, String> description) {

        public Criterion {
            kind = Objects.requireNonNullElse(kind, CriterionKind.EVALUATOR);
            description = Objects.requireNonNullElse(description, Map.of());
        }
    }

    @Schema(name = "CallRankingRules", description = "How the ranking is made, published with the call. Applications are ranked by total (0–100); ties go, in this order, "
            + "to fewer opportunities (when fewerOpportunitiesFirst), to the higher score on the heaviest criterion (the first of them when several weigh the same), "
            + "to the earlier submission. Nobody with a total below minimumTotal is selected.")
    public record RankingRules(
            @Schema(description = "Ties on the total go first to candidates with fewer opportunities; false when absent") Boolean fewerOpportunitiesFirst,
            @Schema(minimum = "0", maximum = "100", description = "The lowest total at which a candidate can be selected; absent for none", examples = "50") @Digits(integer = 3, fraction = 2, message = "must have at most two decimals") BigDecimal minimumTotal) {

        static final RankingRules NONE = new RankingRules(false, null);

        public RankingRules {
            fewerOpportunitiesFirst = Objects.requireNonNullElse(fewerOpportunitiesFirst, false);
        }
    }
}
