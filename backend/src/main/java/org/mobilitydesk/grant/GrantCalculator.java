package org.mobilitydesk.grant;

import static org.mobilitydesk.grant.GrantLine.Kind.FEWER_OPPORTUNITIES_TOP_UP;
import static org.mobilitydesk.grant.GrantLine.Kind.INCLUSION_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.INDIVIDUAL_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.ORGANISATIONAL_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.TRAVEL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.mobilitydesk.grant.GrantLine.Kind;
import org.mobilitydesk.grant.GrantLine.Part;
import org.mobilitydesk.grant.GrantLine.Unit;
import org.mobilitydesk.grant.RateItem.Qualifiers;
import org.mobilitydesk.reference.ProgrammeSide;

/**
 * Calculates a KA171 grant from the rate table of the request's call year (DOMAIN-KA171 §2–§6): individual support,
 * travel support and top-ups for the participant, organisational and inclusion support for the institution. Every
 * amount comes from the table; a line that needs a value the table does not know is not computed, and the result
 * names the values the office still has to set. What the rules forbid is refused with a {@link GrantRefusedException}.
 */
public final class GrantCalculator {

    /** Days 1–14 are paid at the full day rate, later days at the lower one (short-term students, staff). */
    private static final int FULL_RATE_DAYS = 14;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The long-term student rate from the programme side is published for partner regions 1–12 only. */
    private static final int LAST_REGION_OF_STUDENT_RATE = 12;

    private final RateTables tables;

    public GrantCalculator(RateTables tables) {
        this.tables = tables;
    }

    public GrantResult calculate(GrantRequest request) {
        RateTable table = tables.forCallYear(request.callYear())
                .orElseThrow(() -> refusal("callYear", GrantText.NO_RATE_TABLE, "callYear", request.callYear()));
        checkCountries(request.sendingCountry(), request.receivingCountry());
        if (request.endDate().isBefore(request.startDate())) {
            throw refusal("endDate", GrantText.END_BEFORE_START, "endDate", request.endDate(), "startDate", request.startDate());
        }
        return new Calculation(table, request).result();
    }

    private static void checkCountries(GrantCountry sending, GrantCountry receiving) {
        if (sending.code().equals(receiving.code())) {
            throw refusal("receivingCountry", GrantText.SAME_COUNTRY, "country", sending.code());
        }
        if (sending.side() == ProgrammeSide.NOT_ELIGIBLE) {
            throw refusal("sendingCountry", GrantText.COUNTRY_NOT_ELIGIBLE, "country", sending.code());
        }
        if (receiving.side() == ProgrammeSide.NOT_ELIGIBLE) {
            throw refusal("receivingCountry", GrantText.COUNTRY_NOT_ELIGIBLE, "country", receiving.code());
        }
        if (sending.programmeSide() == receiving.programmeSide()) {
            throw refusal("receivingCountry", GrantText.SAME_SIDE, "sendingCountry", sending.code(), "receivingCountry", receiving.code());
        }
    }

    private static GrantRefusedException refusal(String field, GrantText reason, Object... args) {
        return new GrantRefusedException(field, Explanation.of(reason, args));
    }

    /** One calculation: the request with its table, duration and flow, and the warnings gathered on the way. */
    private static final class Calculation {
        private final RateTable table;
        private final GrantRequest request;
        private final MobilityType type;
        private final MobilityDuration duration;
        private final Flow flow;
        private final RateValue travelDayLimit;
        private final BigDecimal distanceKm;
        private final List<Explanation> warnings = new ArrayList<>();

        Calculation(RateTable table, GrantRequest request) {
            this.table = table;
            this.request = request;
            this.type = request.mobilityType();
            this.duration = MobilityDuration.of(type, request.startDate(), request.endDate());
            this.flow = Flow.between(request.sendingCountry(), request.receivingCountry());
            checkDuration();
            this.travelDayLimit = request.travelDays() == 0 ? null : travelDayLimit();
            this.distanceKm = Distance.km(request.sendingPlace(), request.receivingPlace());
        }

        private void checkDuration() {
            // long-term limits are in months of 30 days, the others in days
            BigDecimal unit = BigDecimal.valueOf(type.longTerm() ? MobilityDuration.DAYS_PER_MONTH : 1);
            String unitName = type.longTerm() ? "months" : "days";
            RateValue min = table.value(RateKey.of(RateItem.DURATION_MIN, type));
            RateValue max = table.value(RateKey.of(RateItem.DURATION_MAX, type));
            BigDecimal days = BigDecimal.valueOf(duration.days());
            for (RateValue limit : List.of(min, max)) {
                if (!limit.known()) {
                    warnings.add(Explanation.of(GrantText.DURATION_LIMIT_UNKNOWN, "rate", limit.key(), "callYear", table.callYear()));
                }
            }
            if (min.known() && days.compareTo(min.amount().multiply(unit)) < 0) {
                throw refusal("endDate", GrantText.DURATION_TOO_SHORT, "mobilityType", type, "limit", min.amount(), "unit", unitName, "days", duration.days());
            }
            if (max.known() && days.compareTo(max.amount().multiply(unit)) > 0) {
                throw refusal("endDate", GrantText.DURATION_TOO_LONG, "mobilityType", type, "limit", max.amount(), "unit", unitName, "days", duration.days());
            }
        }

        /** How many travel days the table pays; more than that is refused. */
        private RateValue travelDayLimit() {
            RateItem item = type.longTerm() ? RateItem.LONG_TERM_TRAVEL_DAYS : RateItem.TRAVEL_DAYS;
            RateValue limit = table.value(RateKey.of(item, request.travelMode()));
            if (limit.known() && BigDecimal.valueOf(request.travelDays()).compareTo(limit.amount()) > 0) {
                throw refusal("travelDays", GrantText.TOO_MANY_TRAVEL_DAYS, "limit", limit.amount(), "travelMode", request.travelMode(),
                        "travelDays", request.travelDays());
            }
            return limit;
        }

        GrantResult result() {
            for (GrantCountry country : List.of(request.sendingCountry(), request.receivingCountry())) {
                if (!country.programmeSide() && country.partnerRegion() == null) {
                    warnings.add(regionNotFunded(country));
                }
            }
            List<GrantLine> lines = new ArrayList<>();
            lines.add(individualSupport());
            lines.add(travel());
            if (request.fewerOpportunities() && type.category() != MobilityType.Category.STAFF) {
                lines.add(topUp());
            }
            lines.add(perParticipant(ORGANISATIONAL_SUPPORT, RateItem.ORGANISATIONAL_SUPPORT, GrantText.ORGANISATIONAL_SUPPORT));
            if (request.fewerOpportunities()) {
                lines.add(perParticipant(INCLUSION_SUPPORT, RateItem.INCLUSION_SUPPORT, GrantText.INCLUSION_SUPPORT));
            }
            warnings.addAll(confidenceWarnings(lines));
            return new GrantResult(table.callYear(), table.version(), type, flow, duration, request.travelDays(), distanceKm,
                    request.distanceOverride(), lines, warnings);
        }

        private Explanation regionNotFunded(GrantCountry country) {
            return Explanation.of(GrantText.REGION_NOT_FUNDED, "country", country.code(), "callYear", table.callYear());
        }

        private GrantLine individualSupport() {
            return switch (type.category()) {
                case LONG_TERM_STUDENT -> longTermSupport();
                case SHORT_TERM_STUDENT -> shortTermSupport();
                case STAFF -> staffSupport();
            };
        }

        private GrantLine longTermSupport() {
            if (flow == Flow.PROGRAMME_TO_PARTNER) {
                Integer region = request.receivingCountry().partnerRegion();
                if (region == null) {
                    return GrantLine.notComputed(INDIVIDUAL_SUPPORT, regionNotFunded(request.receivingCountry()), List.of());
                }
                if (region > LAST_REGION_OF_STUDENT_RATE) {
                    Explanation notCovered = Explanation.of(GrantText.STUDENT_RATE_NOT_FOR_REGION, "country", request.receivingCountry().code(), "region", region);
                    warnings.add(notCovered);
                    return GrantLine.notComputed(INDIVIDUAL_SUPPORT, notCovered, List.of());
                }
            }
            RateValue monthly = table.value(RateKey.of(RateItem.LONG_TERM_STUDENT_MONTH, flow));
            MobilityDuration paid = duration.plus(request.travelDays());
            return line(INDIVIDUAL_SUPPORT, withTravelDayLimit(monthly), () -> new Priced(monthsAndDays(paid, monthly.amount()),
                    Explanation.of(GrantText.LONG_TERM_SUPPORT, "days", paid.days(), "travelDays", request.travelDays(),
                            "months", paid.wholeMonths(), "remainingDays", paid.remainingDays(), "monthlyRate", monthly.amount(), "flow", flow)));
        }

        /** Short-term students: a day rate for days 1–14 and a lower one from day 15. */
        private GrantLine shortTermSupport() {
            int days = duration.days() + request.travelDays();
            RateValue full = table.value(new RateKey(RateItem.SHORT_TERM_STUDENT_DAY, Qualifiers.FIRST_14_DAYS));
            if (days <= FULL_RATE_DAYS) {
                return line(INDIVIDUAL_SUPPORT, withTravelDayLimit(full), () -> new Priced(List.of(new Part(days, Unit.DAY, full.amount())),
                        Explanation.of(GrantText.SHORT_TERM_SUPPORT, "days", days, "travelDays", request.travelDays(), "dailyRate", full.amount())));
            }
            RateValue later = table.value(new RateKey(RateItem.SHORT_TERM_STUDENT_DAY, Qualifiers.FROM_DAY_15));
            return line(INDIVIDUAL_SUPPORT, withTravelDayLimit(full, later), () -> new Priced(fullThenLater(days, full.amount(), later.amount()),
                    Explanation.of(GrantText.SHORT_TERM_SUPPORT_FROM_DAY_15, "days", days, "travelDays", request.travelDays(),
                            "dailyRate", full.amount(), "laterDays", days - FULL_RATE_DAYS, "laterRate", later.amount())));
        }

        /** Staff: the day rate of the flow for days 1–14, a percentage of it from day 15. */
        private GrantLine staffSupport() {
            int days = duration.days() + request.travelDays();
            RateValue full = table.value(RateKey.of(RateItem.STAFF_DAY, flow));
            if (days <= FULL_RATE_DAYS) {
                return line(INDIVIDUAL_SUPPORT, withTravelDayLimit(full), () -> new Priced(List.of(new Part(days, Unit.DAY, full.amount())),
                        Explanation.of(GrantText.STAFF_SUPPORT, "days", days, "travelDays", request.travelDays(), "dailyRate", full.amount(), "flow", flow)));
            }
            RateValue percent = table.value(RateKey.of(RateItem.STAFF_PERCENT_FROM_DAY_15));
            return line(INDIVIDUAL_SUPPORT, withTravelDayLimit(full, percent), () -> {
                // exact: a rate in cents times a percentage in hundredths; rounding waits for the line's end
                BigDecimal laterRate = full.amount().multiply(percent.amount()).divide(HUNDRED);
                return new Priced(fullThenLater(days, full.amount(), laterRate),
                        Explanation.of(GrantText.STAFF_SUPPORT_FROM_DAY_15, "days", days, "travelDays", request.travelDays(), "dailyRate", full.amount(),
                                "flow", flow, "laterDays", days - FULL_RATE_DAYS, "percent", percent.amount(), "laterRate", laterRate));
            });
        }

        private static List<Part> fullThenLater(int days, BigDecimal fullRate, BigDecimal laterRate) {
            return List.of(new Part(FULL_RATE_DAYS, Unit.DAY, fullRate), new Part(days - FULL_RATE_DAYS, Unit.DAY, laterRate));
        }

        /** The values of individual support, and the travel-day limit when travel days are paid. */
        private List<RateValue> withTravelDayLimit(RateValue... rates) {
            List<RateValue> basis = new ArrayList<>(List.of(rates));
            if (travelDayLimit != null) {
                basis.add(travelDayLimit);
            }
            return basis;
        }

        private GrantLine travel() {
            BigDecimal km = request.distanceOverride() != null ? request.distanceOverride().km() : distanceKm;
            TravelBand band = table.travelBand(km).orElse(null);
            if (band == null) {
                return GrantLine.priced(TRAVEL, List.of(),
                        Explanation.of(GrantText.TRAVEL_BELOW_MINIMUM, "distanceKm", km, "minimumKm", table.travelBands().get(0).fromKm()), List.of());
            }
            boolean green = request.greenTravel() && band.green() != null;
            RateValue rate = green ? band.green() : band.standard();
            GrantText text = green ? GrantText.TRAVEL_GREEN : request.greenTravel() ? GrantText.TRAVEL_GREEN_NOT_IN_BAND : GrantText.TRAVEL;
            return line(TRAVEL, List.of(rate), () -> new Priced(List.of(new Part(1, Unit.TRIP, rate.amount())),
                    Explanation.of(text, "distanceKm", km, "band", band.label(), "rate", rate.amount())));
        }

        private GrantLine topUp() {
            if (type.longTerm()) {
                RateValue monthly = table.value(RateKey.of(RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH));
                return line(FEWER_OPPORTUNITIES_TOP_UP, List.of(monthly), () -> new Priced(monthsAndDays(duration, monthly.amount()),
                        Explanation.of(GrantText.TOP_UP_LONG_TERM, "months", duration.wholeMonths(), "remainingDays", duration.remainingDays(),
                                "monthlyRate", monthly.amount())));
            }
            String range = duration.days() <= FULL_RATE_DAYS ? Qualifiers.DAYS_5_14 : Qualifiers.DAYS_15_30;
            RateValue once = table.value(new RateKey(RateItem.FEWER_OPPORTUNITIES_SHORT_TERM, range));
            return line(FEWER_OPPORTUNITIES_TOP_UP, List.of(once), () -> new Priced(List.of(new Part(1, Unit.ONCE, once.amount())),
                    Explanation.of(GrantText.TOP_UP_SHORT_TERM, "rate", once.amount(), "activityDays", duration.days())));
        }

        private GrantLine perParticipant(Kind kind, RateItem item, GrantText text) {
            RateValue rate = table.value(RateKey.of(item));
            return line(kind, List.of(rate), () -> new Priced(List.of(new Part(1, Unit.PARTICIPANT, rate.amount())),
                    Explanation.of(text, "rate", rate.amount())));
        }

        private static List<Part> monthsAndDays(MobilityDuration paid, BigDecimal monthlyRate) {
            List<Part> parts = new ArrayList<>(2);
            if (paid.wholeMonths() > 0) {
                parts.add(new Part(paid.wholeMonths(), Unit.MONTH, monthlyRate));
            }
            if (paid.remainingDays() > 0) {
                parts.add(new Part(paid.remainingDays(), Unit.MONTH_DAY, monthlyRate));
            }
            return parts;
        }

        /** A line priced from its basis, or not computed when the basis holds an unknown value. */
        private GrantLine line(Kind kind, List<RateValue> basis, Supplier<Priced> pricing) {
            List<RateKey> unknown = basis.stream().filter(v -> !v.known()).map(RateValue::key).toList();
            if (!unknown.isEmpty()) {
                return GrantLine.notComputed(kind, Explanation.of(GrantText.NOT_COMPUTED, "callYear", table.callYear(), "rates", unknown), basis);
            }
            Priced priced = pricing.get();
            return GrantLine.priced(kind, priced.parts(), priced.explanation(), basis);
        }

        /** One warning per probable value used, and one per unknown value and line that needed it. */
        private List<Explanation> confidenceWarnings(List<GrantLine> lines) {
            Map<RateKey, Explanation> probable = new LinkedHashMap<>();
            List<Explanation> unknown = new ArrayList<>();
            for (GrantLine line : lines) {
                for (RateValue value : line.basis()) {
                    if (value.confidence() == Confidence.PROBABLE) {
                        probable.putIfAbsent(value.key(), Explanation.of(GrantText.LOW_CONFIDENCE, "rate", value.key(), "amount", value.amount(),
                                "callYear", table.callYear(), "source", value.source()));
                    } else if (!value.known()) {
                        unknown.add(Explanation.of(GrantText.VALUE_UNKNOWN, "rate", value.key(), "callYear", table.callYear(), "line", line.kind()));
                    }
                }
            }
            List<Explanation> all = new ArrayList<>(probable.values());
            all.addAll(unknown);
            return all;
        }
    }

    private record Priced(List<Part> parts, Explanation explanation) {
    }
}
