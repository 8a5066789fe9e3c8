package org.mobilitydesk.grant;

/** Which value of a rate table: an item and its qualifier (see {@link RateItem}). */
public record RateKey(RateItem item, String qualifier) implements Described {

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
    public String english() {
        return qualifier.isEmpty() ? item.english() : item.english() + " (" + qualifier + ")";
    }
}
