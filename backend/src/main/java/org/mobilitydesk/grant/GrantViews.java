package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the grant API. */
public final class GrantViews {

    private GrantViews() {
    }

    @Schema(name = "GrantPlace", description = "One end of the mobility: an institution, or a country with the city's coordinates")
    public record PlaceInput(
            @Schema(description = "A partner institution or the home institution; its country and coordinates are used") UUID institutionId,
            @Schema(description = "ISO 3166-1 alpha-2 country code, when no institution is given", examples = "KG") @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be a two-letter country code") String countryCode,
            @Schema(description = "Latitude of the city, when no institution is given", examples = "42.8424") @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
            @Schema(description = "Longitude of the city, when no institution is given", examples = "74.5863") @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude) {
    }

    @Schema(name = "GrantEstimateInput", description = "What a grant estimate is calculated from")
    public record EstimateInput(
            @Schema(required = true, description = "Call year of the KA171 project that funds the mobility", examples = "2024") @NotNull @Min(value = 2014, message = "must be between 2014 and 2100") @Max(value = 2100, message = "must be between 2014 and 2100") Integer callYear,
            @Schema(required = true, examples = "STUDENT_STUDIES") @NotNull MobilityType mobilityType,
            @Schema(required = true) @NotNull @Valid PlaceInput sending,
            @Schema(required = true) @NotNull @Valid PlaceInput receiving,
            @Schema(required = true, examples = "2025-02-01") @NotNull LocalDate startDate,
            @Schema(required = true, examples = "2025-06-30") @NotNull LocalDate endDate,
            @Schema(description = "Travelling by low-emission means (train, bus, car-sharing)") boolean greenTravel,
            @Schema(description = "Days of travel on top of the activity (short-term students and staff: up to 2, or 6 with green travel)", examples = "2") @Min(value = 0, message = "must be between 0 and 6") @Max(value = 6, message = "must be between 0 and 6") int travelDays,
            @Schema(description = "The participant has fewer opportunities (top-up)") boolean fewerOpportunities) {
    }

    @Schema(name = "GrantDistanceOverride", description = "A distance set instead of the computed one, e.g. the Commission calculator's, with the reason")
    public record DistanceOverrideInput(
            @Schema(required = true, examples = "2680") @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "25000", message = "must be at most 25000") BigDecimal km,
            @Schema(required = true, maxLength = 500, examples = "Distance from the European Commission's distance calculator") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "GrantCalculationInput", description = "A calculation to store: the mobility and, optionally, a distance override")
    public record CalculationInput(@Schema(required = true) @NotNull @Valid EstimateInput mobility,
            @Valid DistanceOverrideInput distanceOverride) {
    }

    @Schema(name = "GrantCalculation", description = "A stored calculation: its input, so it can be reproduced, and its result")
    public record CalculationView(@Schema(required = true) UUID id,
            @Schema(required = true) CalculationInput input,
            @Schema(required = true) EstimateView result,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy) {
    }

    @Schema(name = "GrantExplanation", description = "A message the SPA translates by key with its arguments; text is the same in English")
    public record ExplanationView(
            @Schema(required = true, examples = "grant.line.longTermMonths") String key,
            @Schema(required = true, description = "Arguments of the message; codes of enumerations and rate keys as strings") Map<String, String> args,
            @Schema(required = true, examples = "5 months × €850") String text) {
    }

    @Schema(name = "GrantLinePart", description = "A quantity at a rate, such as 5 months at €850")
    public record PartView(@Schema(required = true, examples = "5") int quantity,
            @Schema(required = true, description = "MONTH, MONTH_DAY (a thirtieth of the monthly rate), DAY, TRIP, ONCE or PARTICIPANT") GrantLine.Unit unit,
            @Schema(required = true, examples = "850.00") BigDecimal rate) {
    }

    @Schema(name = "GrantLine", description = "One line of a grant: its amount (absent when a rate is unknown), its parts and why")
    public record LineView(@Schema(required = true) GrantLine.Kind kind,
            @Schema(required = true, description = "Who receives it") GrantLine.Recipient recipient,
            @Schema(description = "EUR, rounded half-up to the cent; absent when the line cannot be computed", examples = "4250.00") BigDecimal amount,
            @Schema(required = true) List<PartView> parts,
            @Schema(required = true) ExplanationView explanation) {
    }

    @Schema(name = "GrantEstimate", description = "A calculated grant with each line explained and the rate-table version used")
    public record EstimateView(
            @Schema(required = true, examples = "2024") int callYear,
            @Schema(required = true, description = "Version of the call year's rate table that produced the amounts", examples = "1") int rateTableVersion,
            @Schema(required = true) MobilityType mobilityType,
            @Schema(required = true) Flow flow,
            @Schema(required = true, description = "Days counted: 30-day months for long-term students, calendar days otherwise", examples = "150") int durationDays,
            @Schema(required = true) MobilityDuration.Counting counting,
            @Schema(required = true, examples = "2") int travelDays,
            @Schema(required = true, description = "Great-circle distance between the two places", examples = "2675.77") BigDecimal distanceKm,
            @Schema(description = "The distance the coordinator set instead, which travel support used") DistanceOverrideInput distanceOverride,
            @Schema(required = true) List<LineView> lines,
            @Schema(description = "What the participant receives, EUR; absent when a line cannot be computed", examples = "4645.00") BigDecimal participantTotal,
            @Schema(description = "Organisational support for the institution, EUR; absent when unknown") BigDecimal institutionTotal,
            @Schema(required = true, description = "The sum of the participant's lines that could be computed, EUR; the total when every line could", examples = "580.00") BigDecimal participantSubtotal,
            @Schema(required = true, description = "The sum of the institution's lines that could be computed, EUR", examples = "0.00") BigDecimal institutionSubtotal,
            @Schema(required = true, description = "The values of the call year's rate table that the international office has not set yet and that lines of this estimate need, in the order of the lines") List<RateKeyView> missingRates,
            @Schema(required = true) List<ExplanationView> warnings) {

        /** Calculations stored before subtotals existed have none: they are the sums of the lines that have an amount. */
        public EstimateView {
            participantSubtotal = participantSubtotal != null ? participantSubtotal : subtotal(lines, GrantLine.Recipient.PARTICIPANT);
            institutionSubtotal = institutionSubtotal != null ? institutionSubtotal : subtotal(lines, GrantLine.Recipient.INSTITUTION);
            missingRates = missingRates != null ? missingRates : List.of();
        }

        private static BigDecimal subtotal(List<LineView> lines, GrantLine.Recipient recipient) {
            return lines.stream().filter(l -> l.recipient() == recipient && l.amount() != null).map(LineView::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    @Schema(name = "RateKey", description = "Which value of a rate table: an item and its qualifier")
    public record RateKeyView(@Schema(required = true, examples = "STAFF_DAY") RateItem item,
            @Schema(required = true, description = "Flow, step, travel mode, mobility type or band lower bound in km; empty when none", examples = "PARTNER_TO_GROUP_2") String qualifier) {
    }

    @Schema(name = "RateTableSummary", description = "One version of a call year's rate table")
    public record RateTableSummary(@Schema(required = true, examples = "2024") int callYear,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, description = "DRAFT or FINAL", examples = "DRAFT") String status,
            @Schema(required = true, description = "The version was installed with Mobility Desk from the Programme Guide; it has no reason and no author") boolean seeded,
            @Schema(description = "Why the administrator made this version; absent for a seeded version") String reason,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "Who made this version; absent for a seeded version") String createdBy,
            @Schema(description = "When the version was marked FINAL") Instant finalisedAt,
            @Schema(description = "Who marked the version FINAL") String finalisedBy,
            @Schema(required = true, description = "The values this version leaves empty: what the international office still has to set before estimates of the call year are complete") List<RateKeyView> unknownValues) {
    }

    @Schema(name = "RateSource", description = "Where a rate comes from, for the SPA to translate: an edition of the Erasmus+ Programme Guide (Part B, Key Action 1, mobility of higher education students and staff), or the international office; note is the administrator's own remark, shown as written")
    public record RateSourceView(
            @Schema(required = true, description = "PROGRAMME_GUIDE: published for KA171 in the edition; PROGRAMME_GUIDE_KA131: the edition's value for KA131, not published for KA171; INFERRED: consistent with the edition's values, not published as such; NOT_PUBLISHED: the edition publishes no KA171 value, so the international office has to set it (no amount); OFFICE: set by the international office") @NotNull RateSource.Kind kind,
            @Schema(description = "Edition (year) of the Programme Guide; absent exactly for OFFICE", examples = "2024") @Min(value = 2014, message = "must be between 2014 and 2100") @Max(value = 2100, message = "must be between 2014 and 2100") Integer edition,
            @Schema(maxLength = 1000, description = "The administrator's own remark, shown as written") @Size(max = 1000) String note) {

        static RateSourceView of(RateSource source) {
            return new RateSourceView(source.kind(), source.edition(), source.note());
        }
    }

    @Schema(name = "RateValue", description = "One rate of a table; amount absent when unknown")
    public record RateValueView(@Schema(required = true, examples = "STAFF_DAY") RateItem item,
            @Schema(required = true, description = "Flow, step, travel mode, mobility type or band lower bound in km; empty when none", examples = "PROGRAMME_TO_PARTNER") String qualifier,
            @Schema(examples = "190.00") BigDecimal amount,
            @Schema(required = true) Confidence confidence,
            @Schema(required = true) RateSourceView source) {
    }

    @Schema(name = "RateValueInput", description = "One rate of a new version; amount empty exactly when the confidence is UNKNOWN")
    public record RateValueInput(@Schema(required = true, examples = "STAFF_DAY") @NotNull RateItem item,
            @Schema(required = true, maxLength = 30, description = "Flow, step, travel mode, mobility type or band lower bound in km; empty when none", examples = "PROGRAMME_TO_PARTNER") @NotNull @Size(max = 30) String qualifier,
            @Schema(examples = "190.00") @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100000", message = "must be at most 100000") BigDecimal amount,
            @Schema(required = true) @NotNull Confidence confidence,
            @Schema(required = true) @NotNull @Valid RateSourceView source) {

        RateTableDraft.Entry entry() {
            return new RateTableDraft.Entry(item, qualifier, amount, confidence, source.kind(), source.edition(), source.note());
        }
    }

    @Schema(name = "RateTableInput", description = "A new version of a call year's rate table: every value, and why")
    public record RateTableInput(
            @Schema(description = "The newest version when the edit began; absent for a call year's first table. Another version made since is a 409.", examples = "1") @Min(value = 1, message = "must be 1 or more") Integer basedOnVersion,
            @Schema(required = true, maxLength = 1000, examples = "Rates of the 2024 call guide, corrected group 2 student rate") @NotBlank @Size(max = 1000) String reason,
            @Schema(required = true) @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid RateValueInput> values) {
    }

    @Schema(name = "RateTable", description = "A version of a call year's rate table with all its values")
    public record RateTableView(@Schema(required = true) RateTableSummary summary,
            @Schema(required = true) List<RateValueView> values) {
    }
}
