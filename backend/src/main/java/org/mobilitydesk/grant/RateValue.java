package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a rate table with its confidence and where it comes from. An unknown value has no amount; a known one
 * always has one. The amount is in EUR, or a number of days or months, or a percentage, as its item says.
 */
public record RateValue(RateKey key, BigDecimal amount, Confidence confidence, RateSource source) {

    public RateValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(source, "source");
        if ((amount == null) != (confidence == Confidence.UNKNOWN)) {
            throw new IllegalArgumentException(key + ": an amount is unknown exactly when its confidence is UNKNOWN");
        }
        if (!source.kind().fits(amount != null)) {
            throw new IllegalArgumentException(key + ": a " + source.kind() + " source " + (amount == null ? "gives an amount" : "gives no amount"));
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(key + ": negative amount " + amount);
        }
    }

    public static RateValue unknown(RateKey key, RateSource source) {
        return new RateValue(key, null, Confidence.UNKNOWN, source);
    }

    public boolean known() {
        return amount != null;
    }
}
