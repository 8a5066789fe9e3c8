package org.mobilitydesk.grant;

import java.util.Locale;

/** Standard or green travel (bus, train, car-sharing: more travel days and, in the shorter bands, a higher rate). */
public enum TravelMode implements Described {
    STANDARD, GREEN;

    static TravelMode of(boolean green) {
        return green ? GREEN : STANDARD;
    }

    @Override
    public String english() {
        return name().toLowerCase(Locale.ROOT);
    }
}
