package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * One line of a grant: what it pays for, how it was priced (parts of quantity × rate), its amount and its
 * explanation, and the rate-table values it rests on. A line that needs an unknown value has no parts and no amount.
 */
public record GrantLine(Kind kind, List<Part> parts, BigDecimal amount, Explanation explanation, List<RateValue> basis) {

    public enum Recipient {
        PARTICIPANT, INSTITUTION
    }

    public enum Kind implements Described {
        INDIVIDUAL_SUPPORT(Recipient.PARTICIPANT),
        TRAVEL(Recipient.PARTICIPANT),
        FEWER_OPPORTUNITIES_TOP_UP(Recipient.PARTICIPANT),
        ORGANISATIONAL_SUPPORT(Recipient.INSTITUTION),
        INCLUSION_SUPPORT(Recipient.INSTITUTION);

        private final Recipient recipient;

        Kind(Recipient recipient) {
            this.recipient = recipient;
        }

        public Recipient recipient() {
            return recipient;
        }

        @Override
        public String english() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public enum Unit {
        MONTH,
        /** A day of a 30-day month: the part's rate is a monthly rate, and each day earns a thirtieth of it. */
        MONTH_DAY,
        DAY,
        TRIP,
        ONCE,
        PARTICIPANT
    }

    public record Part(int quantity, Unit unit, BigDecimal rate) {
    }

    private static final BigDecimal THIRTY = BigDecimal.valueOf(MobilityDuration.DAYS_PER_MONTH);

    public GrantLine {
        parts = List.copyOf(parts);
        basis = List.copyOf(basis);
    }

    /**
     * A priced line. Its amount is the exact sum of its parts, rounded half-up to the cent once: the parts are added
     * in thirtieths of a euro, which is exact for month-days too, and divided by 30 only at the end.
     */
    static GrantLine priced(Kind kind, List<Part> parts, Explanation explanation, List<RateValue> basis) {
        BigDecimal thirtieths = parts.stream()
                .map(p -> p.rate().multiply(BigDecimal.valueOf(p.quantity())).multiply(p.unit() == Unit.MONTH_DAY ? BigDecimal.ONE : THIRTY))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GrantLine(kind, parts, thirtieths.divide(THIRTY, 2, RoundingMode.HALF_UP), explanation, basis);
    }

    static GrantLine notComputed(Kind kind, Explanation explanation, List<RateValue> basis) {
        return new GrantLine(kind, List.of(), null, explanation, basis);
    }

    public boolean computed() {
        return amount != null;
    }
}
