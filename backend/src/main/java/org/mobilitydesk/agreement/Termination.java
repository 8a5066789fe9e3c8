package org.mobilitydesk.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a termination (DOMAIN-KA171 §7): one academic year's notice, unless overridden with a reason. */
public final class Termination {

    private Termination() {
    }

    public static List<Violation> violations(LocalDate terminationDate, LocalDate today, boolean overrideNotice, String overrideReason) {
        List<Violation> found = new ArrayList<>();
        LocalDate earliest = AcademicCalendar.earliestTermination(today);
        if (terminationDate.isBefore(today)) {
            found.add(new Violation("terminationDate", "must not be in the past"));
        } else if (terminationDate.isBefore(earliest) && !overrideNotice) {
            found.add(new Violation("terminationDate", "must be " + earliest
                    + " or later (one academic year's notice), unless you override the notice with a reason"));
        }
        if (overrideNotice && (overrideReason == null || overrideReason.isBlank())) {
            found.add(new Violation("overrideReason", "is required when the notice is overridden"));
        }
        return found;
    }
}
