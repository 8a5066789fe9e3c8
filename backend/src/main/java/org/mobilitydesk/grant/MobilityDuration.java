package org.mobilitydesk.grant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a mobility lasts for the grant: long-term mobility in the Commission's 30-day months, everything else in
 * calendar days.
 */
public record MobilityDuration(int days, Counting counting) {

    public static final int DAYS_PER_MONTH = 30;

    public enum Counting {
        THIRTY_DAY_MONTHS, CALENDAR_DAYS
    }

    public MobilityDuration {
        if (days < 1) {
            throw new IllegalArgumentException("a mobility lasts at least one day: " + days);
        }
    }

    /** The duration of a mobility of this type from start to end, both included; end must not be before start. */
    public static MobilityDuration of(MobilityType type, LocalDate start, LocalDate end) {
        return type.longTerm()
                ? new MobilityDuration(thirtyDayMonthDays(start, end), Counting.THIRTY_DAY_MONTHS)
                : new MobilityDuration(calendarDays(start, end), Counting.CALENDAR_DAYS);
    }

    /**
     * The Commission's rule in which every month counts 30 days:
     * {@code (Y2−Y1)·360 + (M2−M1)·30 + (min(D2,30) − min(D1,30)) + 1}. The 31st counts as the 30th, and the last
     * day of February as the 28th or 29th, so 1–28 February is 28 days but 1 February – 31 March is 60.
     */
    public static int thirtyDayMonthDays(LocalDate start, LocalDate end) {
        requireOrdered(start, end);
        return (end.getYear() - start.getYear()) * 360
                + (end.getMonthValue() - start.getMonthValue()) * DAYS_PER_MONTH
                + Math.min(end.getDayOfMonth(), DAYS_PER_MONTH) - Math.min(start.getDayOfMonth(), DAYS_PER_MONTH)
                + 1;
    }

    public static int calendarDays(LocalDate start, LocalDate end) {
        requireOrdered(start, end);
        return Math.toIntExact(ChronoUnit.DAYS.between(start, end) + 1);
    }

    private static void requireOrdered(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** The same counting with travel days added (they count like days of the activity). */
    public MobilityDuration plus(int travelDays) {
        return new MobilityDuration(days + travelDays, counting);
    }

    /** Whole 30-day months; meaningful for {@link Counting#THIRTY_DAY_MONTHS}. */
    public int wholeMonths() {
        return days / DAYS_PER_MONTH;
    }

    /** Days beyond the whole 30-day months. */
    public int remainingDays() {
        return days % DAYS_PER_MONTH;
    }
}
