package org.mobilitydesk.application.review;

import java.util.Optional;

import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;

/**
 * When a coordinator may record an eligibility decision (ECHE: every decision keeps its reasons): only on a submitted
 * application, never a withdrawn one; INELIGIBLE always with a reason, which the applicant reads.
 */
final class EligibilityRules {

    enum Refusal {
        /** The application is not SUBMITTED (withdrawn): 409 with its status. */
        NOT_SUBMITTED,
        /** INELIGIBLE without a reason: 422 at reason. */
        REASON_REQUIRED
    }

    private EligibilityRules() {
    }

    static Optional<Refusal> refusal(ApplicationStatus status, EligibilityDecision decision, String reason) {
        if (status != ApplicationStatus.SUBMITTED) {
            return Optional.of(Refusal.NOT_SUBMITTED);
        }
        if (decision == EligibilityDecision.INELIGIBLE && reason(reason) == null) {
            return Optional.of(Refusal.REASON_REQUIRED);
        }
        return Optional.empty();
    }

    /** The reason as stored: without surrounding blanks; none when blank. */
    static String reason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
