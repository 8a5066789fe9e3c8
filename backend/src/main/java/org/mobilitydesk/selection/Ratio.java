package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator, so that equal values are equal records.
 * Means of three evaluators' scores are not finite decimals: keeping them as fractions lets the total be rounded once, at
 * the end, and lets ties be compared without any intermediate rounding.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Ratio of(BigDecimal value) {
        return value.scale() <= 0 ? new Ratio(value.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** The value rounded half-up to {@code scale} decimals: the exact quotient is rounded, never an approximation of it. */
    public BigDecimal rounded(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** "7/3", or "7" for a whole number. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
