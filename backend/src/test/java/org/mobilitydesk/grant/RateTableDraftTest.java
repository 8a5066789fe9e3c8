package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.grant.RateTableDraft.Entry;
import org.mobilitydesk.grant.RateTableDraft.Problem;

class RateTableDraftTest {

    private static final RateTable BASE = RateTableFixtures.callYear(2024);

    /** The base table's values as entries, in a fixed order, so tests can change one by index. */
    private static List<Entry> entries() {
        return new ArrayList<>(BASE.values().values().stream()
                .sorted((a, b) -> a.key().toString().compareTo(b.key().toString()))
                .map(v -> entry(v.key().item(), v.key().qualifier(), v.amount(), v.confidence(), v.source())).toList());
    }

    private static Entry entry(RateItem item, String qualifier, BigDecimal amount, Confidence confidence, RateSource source) {
        return new Entry(item, qualifier, amount, confidence, source.kind(), source.edition(), source.note());
    }

    private static final RateSource GUIDE = RateSource.guide(2024);

    private static int indexOf(List<Entry> entries, RateItem item, String qualifier) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).item() == item && entries.get(i).qualifier().equals(qualifier)) {
                return i;
            }
        }
        throw new AssertionError(item + ":" + qualifier + " not in the base table");
    }

    private static List<Problem> problems(List<Entry> entries) {
        return RateTableDraft.problems(2024, 2, entries, BASE);
    }

    private static Entry changed(Entry e, BigDecimal amount, Confidence confidence) {
        return new Entry(e.item(), e.qualifier(), amount, confidence, e.sourceKind(), e.sourceEdition(), e.sourceNote());
    }

    @Test
    void aChangedRateMakesTheNextVersionWithOnlyThatValueDifferent() {
        List<Entry> entries = entries();
        int i = indexOf(entries, RateItem.LONG_TERM_STUDENT_MONTH, "PARTNER_TO_GROUP_2");
        entries.set(i, new Entry(RateItem.LONG_TERM_STUDENT_MONTH, "PARTNER_TO_GROUP_2", new BigDecimal("875"), Confidence.CONFIRMED,
                RateSource.Kind.OFFICE, null, " checked with the National Agency "));

        assertThat(problems(entries)).isEmpty();
        RateTable table = RateTableDraft.table(2024, 2, entries);
        RateKey key = new RateKey(RateItem.LONG_TERM_STUDENT_MONTH, "PARTNER_TO_GROUP_2");
        assertThat(table.version()).isEqualTo(2);
        assertThat(table.value(key)).isEqualTo(new RateValue(key, new BigDecimal("875.00"), Confidence.CONFIRMED,
                RateSource.office("checked with the National Agency")));
        assertThat(table.values().entrySet().stream().filter(e -> e.getValue().amount() != null
                && e.getValue().amount().compareTo(BASE.values().get(e.getKey()).amount()) != 0).map(e -> e.getKey())).containsExactly(key);
    }

    @Test
    void theSameValuesAsTheBaseAreRefusedEvenWrittenWithOtherDecimals() {
        List<Entry> entries = entries();
        int i = indexOf(entries, RateItem.LONG_TERM_STUDENT_MONTH, "PARTNER_TO_GROUP_1");
        entries.set(i, changed(entries.get(i), new BigDecimal("900"), entries.get(i).confidence()));

        assertThat(problems(entries)).containsExactly(new Problem("values", "no value differs from version 1"));
        assertThat(RateTableDraft.problems(2024, 1, entries, null)).as("a call year's first table has nothing to repeat").isEmpty();
    }

    @Test
    void eachValueBreakingARuleIsNamedByItsIndex() {
        List<Entry> entries = entries();
        int month = indexOf(entries, RateItem.LONG_TERM_STUDENT_MONTH, "PARTNER_TO_GROUP_1");
        int staff = indexOf(entries, RateItem.STAFF_DAY, "PROGRAMME_TO_PARTNER");
        int percent = indexOf(entries, RateItem.STAFF_PERCENT_FROM_DAY_15, "");
        int topUp = indexOf(entries, RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH, "");
        int org = indexOf(entries, RateItem.ORGANISATIONAL_SUPPORT, "");
        entries.set(month, changed(entries.get(month), null, Confidence.CONFIRMED));
        entries.set(staff, changed(entries.get(staff), new BigDecimal("-1"), Confidence.CONFIRMED));
        entries.set(percent, changed(entries.get(percent), new BigDecimal("101"), Confidence.CONFIRMED));
        entries.set(topUp, changed(entries.get(topUp), new BigDecimal("250.005"), Confidence.CONFIRMED));
        entries.set(org, changed(entries.get(org), new BigDecimal("100"), Confidence.UNKNOWN));
        int inclusion = indexOf(entries, RateItem.INCLUSION_SUPPORT, "");
        int green = indexOf(entries, RateItem.TRAVEL_GREEN, "10");
        entries.set(inclusion, new Entry(RateItem.INCLUSION_SUPPORT, "", null, Confidence.UNKNOWN, RateSource.Kind.PROGRAMME_GUIDE, 2024, null));
        entries.set(green, new Entry(RateItem.TRAVEL_GREEN, "10", new BigDecimal("56"), Confidence.CONFIRMED, RateSource.Kind.NOT_PUBLISHED, 2024, null));
        entries.add(entry(RateItem.STAFF_DAY, "NOWHERE", BigDecimal.TEN, Confidence.CONFIRMED, GUIDE));
        entries.add(entry(RateItem.TRAVEL_STANDARD, "100", BigDecimal.TEN, Confidence.CONFIRMED, GUIDE));
        entries.add(new Entry(RateItem.TRAVEL_DAYS, "STANDARD", BigDecimal.ONE, Confidence.CONFIRMED, null, null, "x"));
        entries.add(new Entry(RateItem.DURATION_MIN, "STAFF_TEACHING", BigDecimal.ONE, Confidence.CONFIRMED, RateSource.Kind.PROGRAMME_GUIDE, null, null));
        entries.add(new Entry(RateItem.DURATION_MAX, "STAFF_TEACHING", BigDecimal.ONE, Confidence.CONFIRMED, RateSource.Kind.OFFICE, 2024, null));
        int n = entries.size();

        assertThat(problems(entries)).containsExactlyInAnyOrder(
                new Problem("values[" + month + "].amount", "is required unless the confidence is UNKNOWN"),
                new Problem("values[" + staff + "].amount", "must be 0 or more"),
                new Problem("values[" + percent + "].amount", "is a percentage: at most 100"),
                new Problem("values[" + topUp + "].amount", "has at most two decimals"),
                new Problem("values[" + org + "].amount", "must be empty when the confidence is UNKNOWN"),
                new Problem("values[" + inclusion + "].source.kind", "gives an amount: leave the value to the office, or mark it not published"),
                new Problem("values[" + green + "].source.kind", "is for a value without an amount"),
                new Problem("values[" + (n - 5) + "].qualifier", "is not a qualifier of STAFF_DAY"),
                new Problem("values[" + (n - 4) + "]", "TRAVEL_STANDARD:100 is given twice"),
                new Problem("values[" + (n - 3) + "].source.kind", "says where the value comes from: required"),
                new Problem("values[" + (n - 2) + "].source.edition", "is required: which edition of the Programme Guide"),
                new Problem("values[" + (n - 1) + "].source.edition", "must be empty for a value the office set"));
    }

    @Test
    void travelBandsAreNeededAndAGreenBandNeedsItsStandardBand() {
        List<Entry> noBands = entries().stream().filter(e -> e.item() != RateItem.TRAVEL_STANDARD && e.item() != RateItem.TRAVEL_GREEN).toList();
        assertThat(problems(noBands)).containsExactly(new Problem("values", "needs at least one standard travel band (TRAVEL_STANDARD)"));

        List<Entry> strayGreen = entries();
        strayGreen.add(entry(RateItem.TRAVEL_GREEN, "150", BigDecimal.TEN, Confidence.CONFIRMED, GUIDE));
        assertThat(problems(strayGreen)).containsExactly(new Problem("values[" + (strayGreen.size() - 1) + "].qualifier",
                "has no standard travel band starting at 150 km"));
    }

    @Test
    void aNewBandSplitsTheBandsAndAnUnknownValueIsAllowed() {
        List<Entry> entries = entries();
        entries.add(entry(RateItem.TRAVEL_STANDARD, "1000", new BigDecimal("400"), Confidence.PROBABLE, RateSource.office("guess to be checked")));
        int topUp = indexOf(entries, RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH, "");
        entries.set(topUp, new Entry(RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH, "", null, Confidence.UNKNOWN, RateSource.Kind.OFFICE, null, null));

        assertThat(problems(entries)).isEmpty();
        RateTable table = RateTableDraft.table(2024, 2, entries);
        assertThat(table.travelBand(new BigDecimal("999.99")).orElseThrow().fromKm()).isEqualTo(500);
        assertThat(table.travelBand(new BigDecimal("1000")).orElseThrow().standard().amount()).isEqualByComparingTo("400");
        assertThat(table.value(RateKey.of(RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH)).known()).isFalse();
    }
}
