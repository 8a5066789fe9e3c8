package org.mobilitydesk.nomination;

import static org.mobilitydesk.nomination.NominationStatus.ACCEPTED;
import static org.mobilitydesk.nomination.NominationStatus.CANCELLED;
import static org.mobilitydesk.nomination.NominationStatus.NOMINATED;
import static org.mobilitydesk.nomination.NominationStatus.REJECTED;

import java.util.Optional;

import org.mobilitydesk.nomination.NominationAction.Side;

/**
 * The states of a nomination and what each side may do in each. Accepting an accepted nomination and rejecting a
 * rejected one answer it as it is (a partner system may repeat a call); a cancelled nomination is final.
 */
public final class NominationLifecycle {

    private NominationLifecycle() {
    }

    /** The state after the action by that side, or empty when the state or the side does not allow it. */
    public static Optional<NominationStatus> next(NominationStatus status, NominationAction action, Side by) {
        if (action.side() != by) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (action) {
            case ACCEPT -> status == NOMINATED || status == ACCEPTED ? ACCEPTED : null;
            case REJECT -> status == NOMINATED || status == REJECTED ? REJECTED : null;
            case CANCEL -> status == NOMINATED || status == ACCEPTED ? CANCELLED : null;
            case CHANGE_PERIOD -> status == NOMINATED || status == ACCEPTED ? status : null;
        });
    }
}
