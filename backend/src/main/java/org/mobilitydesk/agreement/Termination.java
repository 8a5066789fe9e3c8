package org.mobilitydesk.agreement;

import static org.mobilitydesk.agreement.AgreementRefusals.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mobilitydesk.common.FieldError;

/** The rules of a termination (DOMAIN-KA171 §7): one academic year's notice, unless overridden with a reason. */
public final class Termination {

    private Termination() {
    }

    public static List<FieldError> violations(LocalDate terminationDate, LocalDate today, boolean overrideNotice, String overrideReason) {
        List<FieldError> found = new ArrayList<>();
        LocalDate earliest = AcademicCalendar.earliestTermination(today);
        if (terminationDate.isBefore(today)) {
            found.add(TERMINATION_IN_PAST.at("terminationDate", "must not be in the past"));
        } else if (terminationDate.isBefore(earliest) && !overrideNotice) {
            found.add(TERMINATION_NOTICE.at("terminationDate", "must be " + earliest
                    + " or later (one academic year's notice), unless you override the notice with a reason", earliest));
        }
        if (overrideNotice && (overrideReason == null || overrideReason.isBlank())) {
            found.add(OVERRIDE_REASON_REQUIRED.at("overrideReason", "is required when the notice is overridden"));
        }
        return found;
    }
}
