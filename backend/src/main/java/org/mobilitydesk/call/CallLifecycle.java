package org.mobilitydesk.call;

import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle of a call (issue 4):
 * <pre>
 *             EDIT                    PUBLISH     DELETE
 * DRAFT       DRAFT                   PUBLISHED   (gone)
 * PUBLISHED   PUBLISHED (with reason) -           -
 * CLOSED      -                       -           -
 * </pre>
 * A published call is closed from its deadline on: the status is derived from the clock when read, so no job has to
 * close it and no request can slip in after the deadline. Later stages (selection) follow CLOSED.
 */
public final class CallLifecycle {

    private CallLifecycle() {
    }

    /** The status to use for everything: a published call whose deadline has come is closed. */
    public static CallStatus effective(CallStatus stored, Instant deadline, Instant now) {
        return stored == CallStatus.PUBLISHED && !now.isBefore(deadline) ? CallStatus.CLOSED : stored;
    }

    /** The status after the action, or empty when the action is not allowed (for DELETE: the status the call is deleted in). */
    public static Optional<CallStatus> next(CallStatus status, CallAction action) {
        CallStatus next = switch (status) {
            case DRAFT -> action == CallAction.PUBLISH ? CallStatus.PUBLISHED : CallStatus.DRAFT;
            case PUBLISHED -> action == CallAction.EDIT ? CallStatus.PUBLISHED : null;
            case CLOSED -> null;
        };
        return Optional.ofNullable(next);
    }

    /** Applications are accepted from the opening instant on and strictly before the deadline. */
    public static boolean accepting(CallStatus effective, Instant opensAt, Instant now) {
        return effective == CallStatus.PUBLISHED && !now.isBefore(opensAt);
    }
}
