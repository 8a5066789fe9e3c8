package org.mobilitydesk.application;

import java.time.Instant;

/**
 * The states of an application (issue 4):
 * <pre>
 *            EDIT (save, upload, delete document)   SUBMIT                     WITHDRAW
 * DRAFT      DRAFT, while the call accepts           SUBMITTED, while accepts   WITHDRAWN, before the deadline
 * SUBMITTED  -                                       SUBMITTED (unchanged)      WITHDRAWN, before the deadline
 * WITHDRAWN  -                                       -                          WITHDRAWN (unchanged)
 * </pre>
 * The call accepts applications from its opening instant on and strictly before its deadline, by the server's clock.
 */
public final class ApplicationLifecycle {

    public enum Action {
        EDIT, SUBMIT, WITHDRAW
    }

    public enum Outcome {
        /** Do it: the status becomes next. */
        CHANGE,
        /** Done already: answer with the application as it is (repeat-safe). */
        UNCHANGED,
        /** Not allowed now: refusal says why. */
        REFUSED
    }

    /** What to do; for REFUSED, byCall tells whether the call's dates refused it rather than the application's state. */
    public record Decision(Outcome outcome, ApplicationStatus next, String refusal, boolean byCall) {

        static Decision change(ApplicationStatus next) {
            return new Decision(Outcome.CHANGE, next, null, false);
        }

        static Decision unchanged(ApplicationStatus status) {
            return new Decision(Outcome.UNCHANGED, status, null, false);
        }

        static Decision refused(String why, boolean byCall) {
            return new Decision(Outcome.REFUSED, null, why, byCall);
        }
    }

    private ApplicationLifecycle() {
    }

    /**
     * @param accepting whether the call accepts applications now (published, opened, before the deadline)
     * @param deadline  the call's deadline, the first instant not accepted
     */
    public static Decision decide(ApplicationStatus status, Action action, boolean accepting, Instant deadline, Instant now) {
        boolean beforeDeadline = now.isBefore(deadline);
        return switch (action) {
            case EDIT -> status != ApplicationStatus.DRAFT
                    ? Decision.refused("only a draft can be changed; this application is " + status, false)
                    : accepting ? Decision.change(ApplicationStatus.DRAFT) : Decision.refused(notAccepting(beforeDeadline, deadline), true);
            case SUBMIT -> switch (status) {
                case SUBMITTED -> Decision.unchanged(status);
                case WITHDRAWN -> Decision.refused("this application was withdrawn and cannot be submitted", false);
                case DRAFT -> accepting ? Decision.change(ApplicationStatus.SUBMITTED)
                        : Decision.refused(notAccepting(beforeDeadline, deadline), true);
            };
            case WITHDRAW -> switch (status) {
                case WITHDRAWN -> Decision.unchanged(status);
                case DRAFT, SUBMITTED -> beforeDeadline ? Decision.change(ApplicationStatus.WITHDRAWN)
                        : Decision.refused("the call's deadline " + deadline + " has passed: an application can be withdrawn only before it", true);
            };
        };
    }

    private static String notAccepting(boolean beforeDeadline, Instant deadline) {
        return beforeDeadline ? "the call does not accept applications yet" : "the call closed at its deadline " + deadline;
    }
}
