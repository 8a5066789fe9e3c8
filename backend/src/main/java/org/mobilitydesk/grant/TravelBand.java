package org.mobilitydesk.grant;

import java.math.BigDecimal;

/**
 * A distance band of travel support: from {@code fromKm} included up to {@code toKm} excluded (null for the last,
 * open band). {@code green} is null when the band has no green-travel rate, in which case green travellers receive
 * the standard amount.
 */
public record TravelBand(int fromKm, Integer toKm, RateValue standard, RateValue green) {

    public boolean contains(BigDecimal km) {
        return km.compareTo(BigDecimal.valueOf(fromKm)) >= 0 && (toKm == null || km.compareTo(BigDecimal.valueOf(toKm)) < 0);
    }

    /** The band as people write it, such as "2000–2999" or "8000+". */
    public String label() {
        return toKm == null ? fromKm + "+" : fromKm + "–" + (toKm - 1);
    }
}
