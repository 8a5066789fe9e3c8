package org.mobilitydesk.selection;

import java.util.List;
import java.util.UUID;

/** A partner's places and the applications placed there, in rank order. */
public record PartnerFill(UUID partnerId, int places, List<UUID> placed) {

    public PartnerFill {
        placed = List.copyOf(placed);
    }

    public int filled() {
        return placed.size();
    }
}
