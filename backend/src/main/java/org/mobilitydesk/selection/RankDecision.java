package org.mobilitydesk.selection;

import java.util.UUID;

/** Why the candidate at {@code rank} comes before the one at {@code rank + 1}: the first rule that told them apart. */
public record RankDecision(int rank, UUID higher, UUID lower, RankingRule decidedBy) {
}
