package org.mobilitydesk.agreement;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Academic years {@code a/b} run from 1 September of a to 31 August of b (as the academic_year reference table does).
 * Codes are assumed well formed ({@code YYYY/YYYY}); the rules check them against the reference data first.
 */
public final class AcademicCalendar {

    private static final int MONTHS_OF_EXPIRY_WARNING = 12;

    private AcademicCalendar() {
    }

    public static LocalDate endOf(String academicYear) {
        return LocalDate.of(Integer.parseInt(academicYear.substring(5, 9)), Month.AUGUST, 31);
    }

    /** The academic year a day belongs to. */
    public static String containing(LocalDate day) {
        int start = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return start + "/" + (start + 1);
    }

    /** One academic year's notice: a termination takes effect at the end of the academic year after the current one, or later. */
    public static LocalDate earliestTermination(LocalDate today) {
        return endOf(containing(today)).plusYears(1);
    }

    /** The last academic years of agreements that end within the next twelve months (today included). */
    public static List<String> lastYearsEndingSoon(LocalDate today) {
        LocalDate limit = today.plusMonths(MONTHS_OF_EXPIRY_WARNING);
        List<String> years = new ArrayList<>();
        for (int end = today.getYear(); end <= limit.getYear(); end++) {
            String year = (end - 1) + "/" + end;
            LocalDate last = endOf(year);
            if (!last.isBefore(today) && !last.isAfter(limit)) {
                years.add(year);
            }
        }
        return years;
    }

    public static boolean endsSoon(String lastAcademicYear, LocalDate today) {
        return lastYearsEndingSoon(today).contains(lastAcademicYear);
    }
}
