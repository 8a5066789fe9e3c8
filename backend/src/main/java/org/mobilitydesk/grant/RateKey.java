package org.mobilitydesk.grant;

import java.util.Comparator;

/**
 * Which value of a rate table: an item and its qualifier (see {@link RateItem}). Keys sort by item, then by
 * qualifier, travel bands by their distance (10, 100, 500, 2000 km), not as text.
 */
public record RateKey(RateItem item, String qualifier) implements Described, Comparable<RateKey> {

    private static final Comparator<String> QUALIFIERS = (a, b) -> RateItem.isKilometres(a) && RateItem.isKilometres(b)
            ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    private static final Comparator<RateKey> ORDER = Comparator.comparing(RateKey::item).thenComparing(RateKey::qualifier, QUALIFIERS);

    public RateKey {
        if (item == null || !item.accepts(qualifier)) {
            throw new IllegalArgumentException("no rate " + item + " for qualifier '" + qualifier + "'");
        }
    }

    public static RateKey of(RateItem item) {
        return new RateKey(item, RateItem.Qualifiers.NONE);
    }

    public static RateKey of(RateItem item, Enum<?> qualifier) {
        return new RateKey(item, qualifier.name());
    }

    /** The code the SPA translates, such as {@code STAFF_DAY:PROGRAMME_TO_PARTNER}. */
    @Override
    public String toString() {
        return qualifier.isEmpty() ? item.name() : item.name() + ":" + qualifier;
    }

    @Override
    public int compareTo(RateKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String english() {
        return qualifier.isEmpty() ? item.english() : item.english() + " (" + qualifier + ")";
    }
}
