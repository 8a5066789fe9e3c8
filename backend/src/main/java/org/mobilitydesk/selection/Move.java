package org.mobilitydesk.selection;

import java.util.List;
import java.util.UUID;

/**
 * A candidate who got a new place because of a decline. {@code fromPartnerId} and {@code fromPreference} are set for an
 * upgrade, {@code fromReservePosition} for a move from the reserve list. {@code freedBy} vacated the place taken: the
 * {@code declined} application itself, or the candidate before in the chain who moved up.
 */
public record Move(UUID applicationId, int rank, MoveReason reason, UUID fromPartnerId, Integer fromPreference,
        Integer fromReservePosition, UUID toPartnerId, int toPreference, UUID freedBy, UUID declined, List<ExplanationStep> explanation) {

    public Move {
        explanation = List.copyOf(explanation);
    }
}
