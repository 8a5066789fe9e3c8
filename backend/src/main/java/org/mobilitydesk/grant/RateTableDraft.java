package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An administrator's new version of a call year's rates, checked value by value before it is stored. Problems name
 * the value by its index in the submitted list, as {@code values[3].amount}, so the editor can show them in place.
 */
public final class RateTableDraft {

    public record Entry(RateItem item, String qualifier, BigDecimal amount, Confidence confidence, RateSource.Kind sourceKind,
            Integer sourceEdition, String sourceNote) {
    }

    public record Problem(String field, String message) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RateTableDraft() {
    }

    /**
     * The problems of these values as version {@code version} of the call year, after {@code base} (null for the call
     * year's first table); none means {@link #table} accepts them.
     */
    public static List<Problem> problems(int callYear, int version, List<Entry> entries, RateTable base) {
        List<Problem> problems = new ArrayList<>();
        Set<RateKey> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String at = "values[" + i + "]";
            if (!entry.item().accepts(entry.qualifier())) {
                problems.add(new Problem(at + ".qualifier", "is not a qualifier of " + entry.item()));
                continue;
            }
            RateKey key = new RateKey(entry.item(), entry.qualifier());
            if (entry.sourceKind() == null) {
                problems.add(new Problem(at + ".source.kind", "says where the value comes from: required"));
            } else if (entry.sourceKind().needsEdition() != (entry.sourceEdition() != null)) {
                problems.add(new Problem(at + ".source.edition", entry.sourceEdition() == null ? "is required: which edition of the Programme Guide"
                        : "must be empty for a value the office set"));
            } else if (!seen.add(key)) {
                problems.add(new Problem(at, key + " is given twice"));
            } else if ((entry.amount() == null) != (entry.confidence() == Confidence.UNKNOWN)) {
                problems.add(new Problem(at + ".amount", entry.amount() == null ? "is required unless the confidence is UNKNOWN"
                        : "must be empty when the confidence is UNKNOWN"));
            } else if (!entry.sourceKind().fits(entry.amount() != null)) {
                problems.add(new Problem(at + ".source.kind", entry.amount() == null ? "gives an amount: leave the value to the office, or mark it not published"
                        : "is for a value without an amount"));
            } else if (entry.amount() != null && entry.amount().signum() < 0) {
                problems.add(new Problem(at + ".amount", "must be 0 or more"));
            } else if (entry.amount() != null && entry.amount().stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(at + ".amount", "has at most two decimals"));
            } else if (key.item() == RateItem.STAFF_PERCENT_FROM_DAY_15 && entry.amount() != null && entry.amount().compareTo(HUNDRED) > 0) {
                problems.add(new Problem(at + ".amount", "is a percentage: at most 100"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (seen.stream().noneMatch(k -> k.item() == RateItem.TRAVEL_STANDARD)) {
            return List.of(new Problem("values", "needs at least one standard travel band (" + RateItem.TRAVEL_STANDARD + ")"));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.item() == RateItem.TRAVEL_GREEN && !seen.contains(new RateKey(RateItem.TRAVEL_STANDARD, entry.qualifier()))) {
                problems.add(new Problem("values[" + i + "].qualifier", "has no standard travel band starting at " + entry.qualifier() + " km"));
            }
        }
        if (problems.isEmpty() && base != null && same(table(callYear, version, entries), base)) {
            problems.add(new Problem("values", "no value differs from version " + base.version()));
        }
        return problems;
    }

    /** The new version; only for entries without {@link #problems}. */
    public static RateTable table(int callYear, int version, List<Entry> entries) {
        return RateTable.of(callYear, version, entries.stream().map(RateTableDraft::value).toList());
    }

    private static boolean same(RateTable a, RateTable b) {
        return a.values().keySet().equals(b.values().keySet())
                && a.values().values().stream().allMatch(v -> same(v, b.values().get(v.key())));
    }

    private static boolean same(RateValue a, RateValue b) {
        boolean sameAmount = a.amount() == null ? b.amount() == null : b.amount() != null && a.amount().compareTo(b.amount()) == 0;
        return sameAmount && a.confidence() == b.confidence() && a.source().equals(b.source());
    }

    /** Amounts are kept to the cent, as stored, so that 850 and 850.00 are the same value. */
    private static RateValue value(Entry e) {
        BigDecimal amount = e.amount() == null ? null : e.amount().setScale(2);
        return new RateValue(new RateKey(e.item(), e.qualifier()), amount, e.confidence(), new RateSource(e.sourceKind(), e.sourceEdition(), e.sourceNote()));
    }
}
