package org.mobilitydesk.grant;

import static org.mobilitydesk.grant.Confidence.CONFIRMED;
import static org.mobilitydesk.grant.Confidence.PROBABLE;
import static org.mobilitydesk.grant.Flow.PARTNER_TO_GROUP_1;
import static org.mobilitydesk.grant.Flow.PARTNER_TO_GROUP_2;
import static org.mobilitydesk.grant.Flow.PARTNER_TO_GROUP_3;
import static org.mobilitydesk.grant.Flow.PROGRAMME_TO_PARTNER;
import static org.mobilitydesk.grant.RateItem.DURATION_MAX;
import static org.mobilitydesk.grant.RateItem.DURATION_MIN;
import static org.mobilitydesk.grant.RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH;
import static org.mobilitydesk.grant.RateItem.FEWER_OPPORTUNITIES_SHORT_TERM;
import static org.mobilitydesk.grant.RateItem.INCLUSION_SUPPORT;
import static org.mobilitydesk.grant.RateItem.LONG_TERM_STUDENT_MONTH;
import static org.mobilitydesk.grant.RateItem.LONG_TERM_TRAVEL_DAYS;
import static org.mobilitydesk.grant.RateItem.ORGANISATIONAL_SUPPORT;
import static org.mobilitydesk.grant.RateItem.SHORT_TERM_STUDENT_DAY;
import static org.mobilitydesk.grant.RateItem.STAFF_DAY;
import static org.mobilitydesk.grant.RateItem.STAFF_PERCENT_FROM_DAY_15;
import static org.mobilitydesk.grant.RateItem.TRAVEL_DAYS;
import static org.mobilitydesk.grant.RateItem.TRAVEL_GREEN;
import static org.mobilitydesk.grant.RateItem.TRAVEL_STANDARD;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mobilitydesk.grant.RateItem.Qualifiers;

/**
 * The rate tables of call years 2022–2025 as DOMAIN-KA171.md §2, §4–§6 gives them (version 1 of each), for unit
 * tests; V3__rate_tables.sql seeds the same values.
 */
final class RateTableFixtures {

    static final int[] CALL_YEARS = { 2022, 2023, 2024, 2025 };
    static final RateTables ALL = RateTableFixtures::find;

    private static final int[] BAND_KM = { 10, 100, 500, 2000, 3000, 4000, 8000 };
    /** The unit tests need a source, not the seed's: RateTableSeedTest checks those. */
    private static final RateSource SOURCE = RateSource.guide(2024);

    private RateTableFixtures() {
    }

    static RateTable callYear(int year) {
        return find(year).orElseThrow();
    }

    /** A copy of the table with some values replaced or added. */
    static RateTable with(RateTable table, RateValue... values) {
        Map<RateKey, RateValue> changed = new HashMap<>(table.values());
        for (RateValue value : values) {
            changed.put(value.key(), value);
        }
        return new RateTable(table.callYear(), table.version() + 1, changed);
    }

    /** A copy of the table without these values. */
    static RateTable without(RateTable table, RateKey... keys) {
        Map<RateKey, RateValue> changed = new HashMap<>(table.values());
        for (RateKey key : keys) {
            changed.remove(key);
        }
        return new RateTable(table.callYear(), table.version() + 1, changed);
    }

    static RateValue confirmed(RateKey key, String amount) {
        return new RateValue(key, new BigDecimal(amount), CONFIRMED, SOURCE);
    }

    static RateValue probable(RateKey key, String amount) {
        return new RateValue(key, new BigDecimal(amount), PROBABLE, SOURCE);
    }

    static RateValue unknown(RateKey key) {
        return RateValue.unknown(key, RateSource.notPublished(2024));
    }

    private static Optional<RateTable> find(int year) {
        return year >= 2022 && year <= 2025 ? Optional.of(build(year)) : Optional.empty();
    }

    private static RateTable build(int year) {
        boolean before2024 = year < 2024;
        Map<RateKey, RateValue> v = new HashMap<>();
        Confidence confirmedFrom2024 = before2024 ? PROBABLE : CONFIRMED;
        Confidence confirmedBefore2024 = before2024 ? CONFIRMED : PROBABLE;
        // §4 long-term students per month
        put(v, confirmed(RateKey.of(LONG_TERM_STUDENT_MONTH, PROGRAMME_TO_PARTNER), "700"));
        put(v, new RateValue(RateKey.of(LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_1), new BigDecimal("900"), confirmedFrom2024, SOURCE));
        put(v, new RateValue(RateKey.of(LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_2), new BigDecimal("850"), confirmedBefore2024, SOURCE));
        put(v, probable(RateKey.of(LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_3), "800"));
        // §4 short-term students per day
        RateKey first14 = new RateKey(SHORT_TERM_STUDENT_DAY, Qualifiers.FIRST_14_DAYS);
        RateKey from15 = new RateKey(SHORT_TERM_STUDENT_DAY, Qualifiers.FROM_DAY_15);
        if (year == 2022) {
            put(v, probable(first14, "70"), probable(from15, "50"));
        } else {
            Confidence c = year == 2023 ? PROBABLE : CONFIRMED;
            put(v, new RateValue(first14, new BigDecimal("79"), c, SOURCE), new RateValue(from15, new BigDecimal("56"), c, SOURCE));
        }
        // §4 staff per day
        if (before2024) {
            put(v, confirmed(RateKey.of(STAFF_DAY, PROGRAMME_TO_PARTNER), "180"), probable(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_1), "180"),
                    probable(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_2), "160"), confirmed(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_3), "140"));
        } else {
            put(v, year == 2024 ? confirmed(RateKey.of(STAFF_DAY, PROGRAMME_TO_PARTNER), "190") : unknown(RateKey.of(STAFF_DAY, PROGRAMME_TO_PARTNER)),
                    unknown(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_1)), unknown(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_2)),
                    unknown(RateKey.of(STAFF_DAY, PARTNER_TO_GROUP_3)));
        }
        put(v, probable(RateKey.of(STAFF_PERCENT_FROM_DAY_15), "70"));
        // §5 travel; null: the band has no green rate
        String[] standard = before2024 ? new String[] { "23", "180", "275", "360", "530", "820", "1500" }
                : new String[] { "28", "211", "309", "395", "580", "1188", "1735" };
        String[] green = before2024 ? new String[] { null, "210", "320", "410", "610", null, null }
                : new String[] { "56", "285", "417", "535", "785", null, null };
        for (int i = 0; i < BAND_KM.length; i++) {
            put(v, confirmed(new RateKey(TRAVEL_STANDARD, String.valueOf(BAND_KM[i])), standard[i]));
            if (green[i] != null) {
                put(v, confirmed(new RateKey(TRAVEL_GREEN, String.valueOf(BAND_KM[i])), green[i]));
            }
        }
        // §2 travel days
        put(v, confirmed(RateKey.of(TRAVEL_DAYS, TravelMode.STANDARD), "2"), confirmed(RateKey.of(TRAVEL_DAYS, TravelMode.GREEN), "6"),
                unknown(RateKey.of(LONG_TERM_TRAVEL_DAYS, TravelMode.STANDARD)), unknown(RateKey.of(LONG_TERM_TRAVEL_DAYS, TravelMode.GREEN)));
        // §6 top-ups and organisational support
        put(v, probable(RateKey.of(FEWER_OPPORTUNITIES_LONG_TERM_MONTH), "250"));
        RateKey short5 = new RateKey(FEWER_OPPORTUNITIES_SHORT_TERM, Qualifiers.DAYS_5_14);
        RateKey short15 = new RateKey(FEWER_OPPORTUNITIES_SHORT_TERM, Qualifiers.DAYS_15_30);
        if (before2024) {
            put(v, unknown(short5), unknown(short15));
        } else {
            put(v, confirmed(short5, "100"), confirmed(short15, "150"));
        }
        put(v, unknown(RateKey.of(INCLUSION_SUPPORT)), unknown(RateKey.of(ORGANISATIONAL_SUPPORT)));
        // §2 durations: months for long-term students, days otherwise
        limits(v, MobilityType.STUDENT_STUDIES, "2", "12", CONFIRMED);
        limits(v, MobilityType.STUDENT_TRAINEESHIP, "2", "12", PROBABLE);
        limits(v, MobilityType.SHORT_TERM_BLENDED, "5", "30", confirmedFrom2024);
        limits(v, MobilityType.SHORT_TERM_DOCTORAL, "5", "30", confirmedFrom2024);
        limits(v, MobilityType.STAFF_TEACHING, "5", "60", CONFIRMED);
        limits(v, MobilityType.STAFF_TRAINING, "5", "60", CONFIRMED);
        return new RateTable(year, 1, v);
    }

    private static void limits(Map<RateKey, RateValue> v, MobilityType type, String min, String max, Confidence confidence) {
        put(v, new RateValue(RateKey.of(DURATION_MIN, type), new BigDecimal(min), confidence, SOURCE),
                new RateValue(RateKey.of(DURATION_MAX, type), new BigDecimal(max), confidence, SOURCE));
    }

    private static void put(Map<RateKey, RateValue> v, RateValue... values) {
        for (RateValue value : values) {
            if (v.put(value.key(), value) != null) {
                throw new IllegalStateException("twice: " + value.key());
            }
        }
    }
}
