package org.mobilitydesk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallMobilityType.DurationUnit;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.grant.MobilityDuration;

/**
 * The planned period of a mobility against its type's limits (DOMAIN-KA171 §2): long-term students in the Commission's
 * 30-day months (2–12 months = 60–360 days counted that way), short-term students and staff in calendar days, start
 * and end both counted (staff: 5–60 days without travel).
 */
public final class PeriodRules {

    private PeriodRules() {
    }

    /** The planned length in the type's unit's counting: 30-day-month days or calendar days. */
    public static int countedDays(CallMobilityType type, LocalDate start, LocalDate end) {
        return type.unit() == DurationUnit.MONTHS ? MobilityDuration.thirtyDayMonthDays(start, end) : MobilityDuration.calendarDays(start, end);
    }

    /** What is wrong with the period; nothing while a date is missing (a draft may be partial). */
    public static List<FieldError> violations(CallMobilityType type, LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null || end == null) {
            return errors;
        }
        if (end.isBefore(start)) {
            errors.add(ApplicationRefusals.END_BEFORE_START.at("plannedEnd", "must not be before the planned start " + start, start));
            return errors;
        }
        int days = countedDays(type, start, end);
        boolean months = type.unit() == DurationUnit.MONTHS;
        int min = months ? type.minimumDuration() * MobilityDuration.DAYS_PER_MONTH : type.minimumDuration();
        int max = months ? type.maximumDuration() * MobilityDuration.DAYS_PER_MONTH : type.maximumDuration();
        if (days < min || days > max) {
            String length = months ? days + " days in 30-day months (" + days / MobilityDuration.DAYS_PER_MONTH + " months and "
                    + days % MobilityDuration.DAYS_PER_MONTH + " days)" : days + " days";
            String unit = months ? "months" : "days";
            errors.add((days < min ? ApplicationRefusals.PERIOD_TOO_SHORT : ApplicationRefusals.PERIOD_TOO_LONG).at("plannedEnd",
                    "makes the mobility " + length + "; " + type + " lasts " + type.minimumDuration() + " to " + type.maximumDuration() + " "
                    + unit, days, type.minimumDuration(), type.maximumDuration(), type.unit()));
        }
        return errors;
    }
}
