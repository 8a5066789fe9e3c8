package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Great-circle distance on a sphere by the haversine formula:
 *
 * <pre>
 * a = sin²((φ2 − φ1) / 2) + cos φ1 · cos φ2 · sin²((λ2 − λ1) / 2)
 * d = 2 · R · asin(√a)
 * </pre>
 *
 * with latitudes φ and longitudes λ in radians and R = 6371 km, the mean Earth radius. The Commission's distance
 * calculator is believed to compute the same great circle with this radius, but the Commission does not publish its
 * formula, so a distance can differ from the calculator's by a few kilometres (its city coordinates differ too); a
 * coordinator can override a distance for that reason.
 *
 * <p>The result is rounded half-up to 0.01 km, and bands are chosen from that rounded value, so the distance shown
 * and the band it falls in always agree.
 */
public final class Distance {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private Distance() {
    }

    public static BigDecimal km(Coordinates from, Coordinates to) {
        double phi1 = Math.toRadians(from.latitude());
        double phi2 = Math.toRadians(to.latitude());
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(to.longitude() - from.longitude()) / 2;
        double a = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        // min(1, …) keeps floating-point noise from pushing asin out of its domain for antipodal points
        double centralAngle = 2 * Math.asin(Math.min(1, Math.sqrt(a)));
        return BigDecimal.valueOf(EARTH_RADIUS_KM * centralAngle).setScale(2, RoundingMode.HALF_UP);
    }
}
