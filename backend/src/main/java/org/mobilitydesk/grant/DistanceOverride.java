package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A distance the coordinator sets instead of the computed one (for example the Commission calculator's), with why. */
public record DistanceOverride(BigDecimal km, String reason) {

    public DistanceOverride {
        if (km == null || km.signum() < 0) {
            throw new IllegalArgumentException("an overriding distance is zero or more km: " + km);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an overriding distance needs a reason");
        }
        km = km.setScale(2, RoundingMode.HALF_UP);
    }
}
