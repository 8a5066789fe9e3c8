package org.mobilitydesk.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mobilitydesk.agreement.AcademicCalendar;
import org.mobilitydesk.application.PeriodRules;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.common.FieldError;

/** A nomination's period: within the mobility type's limits, as applications plan it, and within the agreement's academic years. */
public final class NominationPeriod {

    private NominationPeriod() {
    }

    public static List<FieldError> violations(CallMobilityType type, LocalDate start, LocalDate end, String firstAcademicYear,
            String lastAcademicYear) {
        List<FieldError> errors = new ArrayList<>(PeriodRules.violations(type, start, end));
        if (errors.isEmpty() && (AcademicCalendar.containing(start).compareTo(firstAcademicYear) < 0
                || AcademicCalendar.containing(end).compareTo(lastAcademicYear) > 0)) {
            errors.add(NominationRefusals.OUTSIDE_AGREEMENT.at("plannedStart", "the agreement covers the academic years " + firstAcademicYear
                    + " to " + lastAcademicYear, firstAcademicYear, lastAcademicYear));
        }
        return errors;
    }
}
