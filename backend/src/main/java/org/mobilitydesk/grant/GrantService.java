package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.grant.GrantViews.CalculationInput;
import org.mobilitydesk.grant.GrantViews.CalculationView;
import org.mobilitydesk.grant.GrantViews.DistanceOverrideInput;
import org.mobilitydesk.grant.GrantViews.EstimateInput;
import org.mobilitydesk.grant.GrantViews.EstimateView;
import org.mobilitydesk.grant.GrantViews.ExplanationView;
import org.mobilitydesk.grant.GrantViews.LineView;
import org.mobilitydesk.grant.GrantViews.PartView;
import org.mobilitydesk.grant.GrantViews.PlaceInput;
import org.mobilitydesk.grant.GrantViews.RateKeyView;
import org.mobilitydesk.grant.GrantViews.RateSourceView;
import org.mobilitydesk.grant.GrantViews.RateTableInput;
import org.mobilitydesk.grant.GrantViews.RateTableSummary;
import org.mobilitydesk.grant.GrantViews.RateTableView;
import org.mobilitydesk.grant.GrantViews.RateValueInput;
import org.mobilitydesk.grant.GrantViews.RateValueView;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.reference.ReferenceService;
import org.mobilitydesk.reference.ReferenceViews.CountryView;

/** Turns API input into a calculator request (places, countries of the call year) and its result into views. */
@ApplicationScoped
public class GrantService {

    @Inject
    RateTableStore rateTables;
    @Inject
    ReferenceService reference;
    @Inject
    InstitutionService institutions;
    @Inject
    Clock clock;

    public EstimateView estimate(EstimateInput input) {
        return calculate(input, null);
    }

    /** Calculates and stores, with the input, so that the calculation can be reproduced. */
    @Transactional
    public CalculationView store(CalculationInput input, String user) {
        EstimateView result = calculate(input.mobility(), input.distanceOverride());
        GrantCalculation calculation = new GrantCalculation();
        calculation.id = UUID.randomUUID();
        calculation.input = input;
        calculation.result = result;
        calculation.callYear = result.callYear();
        calculation.rateTableVersion = result.rateTableVersion();
        calculation.participantTotal = result.participantTotal();
        calculation.createdAt = Instant.now(clock);
        calculation.createdBy = user;
        calculation.persist();
        return calculation.view();
    }

    @Transactional
    public CalculationView calculation(UUID id) {
        return GrantCalculation.<GrantCalculation>findByIdOptional(id).map(GrantCalculation::view)
                .orElseThrow(() -> ProblemException.notFound("Grant calculation " + id));
    }

    private EstimateView calculate(EstimateInput input, DistanceOverrideInput override) {
        Located sending = locate("sending", input.sending(), input.callYear());
        Located receiving = locate("receiving", input.receiving(), input.callYear());
        GrantRequest request = new GrantRequest(input.callYear(), input.mobilityType(), sending.country(), sending.place(),
                receiving.country(), receiving.place(), input.startDate(), input.endDate(), input.greenTravel(),
                input.travelDays(), input.fewerOpportunities(),
                override == null ? null : new DistanceOverride(override.km(), override.reason().strip()));
        try {
            return view(new GrantCalculator(rateTables).calculate(request));
        } catch (GrantRefusedException e) {
            String field = switch (e.field()) {
                case "sendingCountry", "sendingPlace" -> "sending";
                case "receivingCountry", "receivingPlace" -> "receiving";
                default -> e.field();
            };
            ExplanationView reason = view(e.explanation());
            throw new ProblemException(422, "grant-refused", "The programme rules refuse this mobility", reason.text(),
                    List.of(new FieldError(field, reason.text(), reason.key(), reason.args())));
        }
    }

    public List<RateTableSummary> rateTables() {
        Map<UUID, List<RateKey>> unknown = rateTables.unknownKeys();
        return rateTables.all().stream().map(t -> summary(t, unknown.getOrDefault(t.id, List.of()))).toList();
    }

    public RateTableView rateTable(int callYear, Integer version) {
        return view((version == null ? rateTables.newest(callYear) : rateTables.version(callYear, version))
                .orElseThrow(() -> ProblemException.notFound("A rate table for call year " + callYear + (version == null ? "" : " version " + version))));
    }

    /** Stores the input as the call year's next version, after the newest one it was based on. */
    @Transactional
    public RateTableView createVersion(int callYear, RateTableInput input, String user) {
        Optional<StoredRateTable> newest = rateTables.newest(callYear);
        Integer current = newest.map(t -> t.version).orElse(null);
        if (!Objects.equals(current, input.basedOnVersion())) {
            throw ProblemException.conflict("basedOnVersion", current == null
                    ? "Call year " + callYear + " has no rate table yet: leave basedOnVersion out to make its first version."
                    : "Version " + current + " of call year " + callYear + " is the newest now; reload it and apply your change again.");
        }
        int version = current == null ? 1 : current + 1;
        List<RateTableDraft.Entry> entries = input.values().stream().map(RateValueInput::entry).toList();
        List<RateTableDraft.Problem> problems = RateTableDraft.problems(callYear, version, entries, newest.map(StoredRateTable::toRateTable).orElse(null));
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "rule-violation", "Refused by a rule", "The rate table cannot be stored: " + problems.get(0).field() + " " + problems.get(0).message(),
                    problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
        StoredRateTable table = new StoredRateTable();
        table.id = UUID.randomUUID();
        table.callYear = callYear;
        table.version = version;
        table.status = StoredRateTable.DRAFT;
        table.reason = input.reason().strip();
        table.createdAt = Instant.now(clock);
        table.createdBy = user;
        table.persist();
        RateTableDraft.table(callYear, version, entries).values().values().forEach(value -> {
            StoredRateValue stored = StoredRateValue.of(table, value);
            stored.persist();
            table.values.add(stored);
        });
        try {
            StoredRateTable.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("basedOnVersion", "Someone else stored version " + version + " of call year " + callYear
                    + " at the same moment; reload it and apply your change again.");
        }
        return view(table);
    }

    /** Marks a version final, once: who and when are recorded. */
    @Transactional
    public RateTableSummary finalise(int callYear, int version, String user) {
        StoredRateTable table = StoredRateTable.<StoredRateTable>find("callYear = ?1 and version = ?2", callYear, version)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("A rate table for call year " + callYear + " version " + version));
        if (StoredRateTable.FINAL.equals(table.status)) {
            throw ProblemException.conflict("status", "Version " + version + " of call year " + callYear + " was marked final by "
                    + table.finalisedBy + " at " + table.finalisedAt + ".");
        }
        table.status = StoredRateTable.FINAL;
        table.finalisedAt = Instant.now(clock);
        table.finalisedBy = user;
        return summary(table, unknownKeys(table.withValues().toRateTable()));
    }

    private static List<RateKey> unknownKeys(RateTable table) {
        return table.values().values().stream().filter(v -> !v.known()).map(RateValue::key).toList();
    }

    private static RateTableView view(StoredRateTable table) {
        RateTable rates = table.toRateTable();
        List<RateValueView> values = rates.values().values().stream()
                .sorted(Comparator.comparing(RateValue::key))
                .map(v -> new RateValueView(v.key().item(), v.key().qualifier(), v.amount(), v.confidence(), RateSourceView.of(v.source())))
                .toList();
        return new RateTableView(summary(table, unknownKeys(rates)), values);
    }

    private record Located(GrantCountry country, Coordinates place) {
    }

    private Located locate(String field, PlaceInput place, int callYear) {
        String countryCode;
        Coordinates coordinates;
        if (place.institutionId() != null) {
            InstitutionView institution = institutions.place(place.institutionId());
            countryCode = institution.countryCode();
            coordinates = new Coordinates(institution.latitude(), institution.longitude());
        } else if (place.countryCode() != null && place.latitude() != null && place.longitude() != null) {
            countryCode = place.countryCode().toUpperCase(Locale.ROOT);
            coordinates = new Coordinates(place.latitude(), place.longitude());
        } else {
            throw ProblemException.badRequest(field, "give an institutionId, or a countryCode with the city's latitude and longitude");
        }
        CountryView country = reference.country(countryCode, callYear)
                .orElseThrow(() -> ProblemException.unprocessable(field + ".countryCode", "is not a known ISO 3166-1 country code"));
        try {
            return new Located(new GrantCountry(country.code(), country.side(), toInteger(country.receivingGroup()),
                    toInteger(country.partnerRegion())), coordinates);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(field, country.name() + " has no KA171 classification for call year " + callYear);
        }
    }

    private static Integer toInteger(Short value) {
        return value == null ? null : value.intValue();
    }

    private static RateTableSummary summary(StoredRateTable t, List<RateKey> unknown) {
        return new RateTableSummary(t.callYear, t.version, t.status, t.seeded, t.reason, t.createdAt, t.createdBy, t.finalisedAt, t.finalisedBy,
                keyViews(unknown));
    }

    private static List<RateKeyView> keyViews(List<RateKey> keys) {
        return keys.stream().sorted().map(k -> new RateKeyView(k.item(), k.qualifier())).toList();
    }

    private static EstimateView view(GrantResult result) {
        List<LineView> lines = result.lines().stream()
                .map(l -> new LineView(l.kind(), l.kind().recipient(), l.amount(),
                        l.parts().stream().map(p -> new PartView(p.quantity(), p.unit(), p.rate())).toList(), view(l.explanation())))
                .toList();
        return new EstimateView(result.callYear(), result.rateTableVersion(), result.mobilityType(), result.flow(),
                result.duration().days(), result.duration().counting(), result.travelDays(), result.distanceKm(),
                result.distanceOverride() == null ? null
                        : new DistanceOverrideInput(result.distanceOverride().km(), result.distanceOverride().reason()),
                lines,
                result.participantTotal().orElse(null), result.institutionTotal().orElse(null),
                result.participantSubtotal(), result.institutionSubtotal(),
                result.missingRates().stream().map(k -> new RateKeyView(k.item(), k.qualifier())).toList(),
                result.warnings().stream().map(GrantService::view).toList());
    }

    private static ExplanationView view(Explanation explanation) {
        Map<String, String> args = new LinkedHashMap<>();
        explanation.args().forEach((name, value) -> args.put(name, code(value)));
        return new ExplanationView(explanation.key(), args, explanation.english());
    }

    private static String code(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(GrantService::code).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
