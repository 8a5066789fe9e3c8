package org.mobilitydesk.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Offers after publication (issue 12 §6). A decline (or a withdrawal, or no answer by the deadline) takes the
 * application out of the competition; the allocation is then serial dictatorship without it. That is exactly the
 * cascade: removing a candidate only lets later-ranked ones reach preferences they ranked higher, never lower, so its
 * freed place goes, in rank order, to the first candidate who ranked that partner above their present outcome; if
 * that candidate was placed, their old place is freed in turn, and so on down the ranks until a reserve candidate
 * takes a place or nobody wants it. The cascade applies to everyone not declined, accepted offers included: an upgrade
 * replaces the place held. Reserve positions are renumbered; those changes are not moves.
 */
public final class OfferCascade {

    private OfferCascade() {
    }

    /**
     * The decline of {@code applicationId} after the {@code declinedBefore} ones. Declining again changes nothing. The
     * moves come in rank order, which is the order of the chain.
     */
    public static CascadeStep decline(SelectionInput input, Set<UUID> declinedBefore, UUID applicationId) {
        Set<UUID> declined = new HashSet<>(declinedBefore);
        declined.add(applicationId);
        SelectionResult before = Allocation.allocate(input, declinedBefore);
        SelectionResult after = Allocation.allocate(input, declined);
        return new CascadeStep(declined, after, moves(before, after, applicationId));
    }

    private static List<Move> moves(SelectionResult before, SelectionResult after, UUID declined) {
        Map<UUID, Outcome> was = new HashMap<>();
        before.outcomes().forEach(o -> was.put(o.applicationId(), o));
        Outcome decliner = was.get(declined);
        // the places freed and not yet taken, by partner, with who freed them: at most one at a time along the chain
        Map<UUID, UUID> freed = new HashMap<>();
        if (decliner.status() == OutcomeStatus.PLACED) {
            freed.put(decliner.partnerId(), declined);
        }
        Map<UUID, Integer> ranks = new HashMap<>();
        after.outcomes().stream().filter(o -> o.rank() != null).forEach(o -> ranks.put(o.applicationId(), o.rank()));
        List<Move> moves = new ArrayList<>();
        for (Outcome now : after.outcomes()) {
            Outcome then = was.get(now.applicationId());
            if (now.status() != OutcomeStatus.PLACED || now.partnerId().equals(then.partnerId())) {
                continue;
            }
            UUID freedBy = freed.remove(now.partnerId());
            if (freedBy == null) {
                throw new IllegalStateException("application " + now.applicationId() + " took a place nobody freed");
            }
            boolean upgrade = then.status() == OutcomeStatus.PLACED;
            if (upgrade) {
                freed.put(then.partnerId(), now.applicationId());
            }
            ExplanationStep freedStep = ExplanationStep.of(StepCode.PLACE_FREED, now.partnerId(), ranks.get(freedBy), decliner.rank());
            ExplanationStep moveStep = upgrade
                    ? ExplanationStep.of(StepCode.UPGRADED, then.partnerId(), then.preference(), now.partnerId(), now.preference())
                    : ExplanationStep.of(StepCode.LEFT_RESERVE, then.reservePosition(), now.partnerId(), now.preference());
            moves.add(new Move(now.applicationId(), now.rank(), upgrade ? MoveReason.UPGRADE_AFTER_DECLINE : MoveReason.FROM_RESERVE,
                    then.partnerId(), then.preference(), then.reservePosition(), now.partnerId(), now.preference(), freedBy, declined,
                    List.of(freedStep, moveStep)));
        }
        return moves;
    }
}
