package org.mobilitydesk.selection;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The state after one decline: every application declined so far, the allocation that follows, and the moves it made. */
public record CascadeStep(Set<UUID> declined, SelectionResult result, List<Move> moves) {

    public CascadeStep {
        TreeSet<UUID> sorted = new TreeSet<>(Ranking.ID_ORDER);
        sorted.addAll(declined);
        declined = Collections.unmodifiableSortedSet(sorted);
        moves = List.copyOf(moves);
    }
}
