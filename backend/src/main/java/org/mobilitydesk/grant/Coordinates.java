package org.mobilitydesk.grant;

/** A point on the Earth in decimal degrees (WGS 84), such as an institution's city. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180: " + longitude);
        }
    }
}
