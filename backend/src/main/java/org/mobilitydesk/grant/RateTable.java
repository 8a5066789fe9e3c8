package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rates of one call year in one version, one {@link RateValue} per key (a row of rate_value). Travel bands are
 * the keys of {@link RateItem#TRAVEL_STANDARD}: each band runs from its lower bound to the next band's.
 */
public record RateTable(int callYear, int version, Map<RateKey, RateValue> values) {

    public RateTable {
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        values.forEach((key, value) -> {
            if (!key.equals(value.key())) {
                throw new IllegalArgumentException("value " + value.key() + " filed under " + key);
            }
        });
        Map<RateKey, RateValue> copy = Map.copyOf(values);
        copy.keySet().stream().filter(k -> k.item() == RateItem.TRAVEL_GREEN)
                .filter(k -> !copy.containsKey(new RateKey(RateItem.TRAVEL_STANDARD, k.qualifier())))
                .findAny().ifPresent(k -> {
                    throw new IllegalArgumentException(k + " has no standard band starting at the same distance");
                });
        if (copy.keySet().stream().noneMatch(k -> k.item() == RateItem.TRAVEL_STANDARD)) {
            throw new IllegalArgumentException("a rate table needs its travel bands");
        }
        values = copy;
    }

    public static RateTable of(int callYear, int version, Collection<RateValue> values) {
        return new RateTable(callYear, version, values.stream().collect(Collectors.toMap(RateValue::key, Function.identity())));
    }

    /** The value under this key; a key the table does not hold is an unknown value. */
    public RateValue value(RateKey key) {
        RateValue value = values.get(key);
        return value != null ? value : RateValue.unknown(key, RateSource.notPublished(callYear));
    }

    public List<TravelBand> travelBands() {
        List<Integer> bounds = values.keySet().stream().filter(k -> k.item() == RateItem.TRAVEL_STANDARD)
                .map(k -> Integer.valueOf(k.qualifier())).sorted(Comparator.naturalOrder()).toList();
        List<TravelBand> bands = new ArrayList<>(bounds.size());
        for (int i = 0; i < bounds.size(); i++) {
            String from = String.valueOf(bounds.get(i));
            bands.add(new TravelBand(bounds.get(i), i + 1 < bounds.size() ? bounds.get(i + 1) : null,
                    values.get(new RateKey(RateItem.TRAVEL_STANDARD, from)), values.get(new RateKey(RateItem.TRAVEL_GREEN, from))));
        }
        return bands;
    }

    /** The band a distance falls in; empty below the first band (no travel support). */
    public Optional<TravelBand> travelBand(BigDecimal km) {
        return travelBands().stream().filter(b -> b.contains(km)).findFirst();
    }
}
