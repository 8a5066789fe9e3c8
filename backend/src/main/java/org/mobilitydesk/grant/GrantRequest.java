package org.mobilitydesk.grant;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a grant is calculated from. The countries carry their classification for the call year; the places are the
 * two institutions' cities. {@code travelDays} are the days of travel asked for on top of the activity;
 * {@code distanceOverride} is optional. Refusals name these components as their field.
 */
public record GrantRequest(int callYear, MobilityType mobilityType,
        GrantCountry sendingCountry, Coordinates sendingPlace,
        GrantCountry receivingCountry, Coordinates receivingPlace,
        LocalDate startDate, LocalDate endDate,
        boolean greenTravel, int travelDays, boolean fewerOpportunities, DistanceOverride distanceOverride) {

    public GrantRequest {
        Objects.requireNonNull(mobilityType, "mobilityType");
        Objects.requireNonNull(sendingCountry, "sendingCountry");
        Objects.requireNonNull(sendingPlace, "sendingPlace");
        Objects.requireNonNull(receivingCountry, "receivingCountry");
        Objects.requireNonNull(receivingPlace, "receivingPlace");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (travelDays < 0) {
            throw new IllegalArgumentException("travelDays must not be negative: " + travelDays);
        }
    }

    public TravelMode travelMode() {
        return TravelMode.of(greenTravel);
    }
}
