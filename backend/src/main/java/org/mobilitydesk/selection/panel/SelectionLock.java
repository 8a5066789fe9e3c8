package org.mobilitydesk.selection.panel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.Refusal;

/**
 * A commission decision in force locks what it was decided on: the panel, the declarations and the scores. Callers
 * hold the call's panel (or the call) locked, as the decision does, so the check and their change cannot interleave.
 */
@ApplicationScoped
public class SelectionLock {

    @Inject
    EntityManager em;

    public boolean decided(UUID callId) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from commission_decision where call_id = :call and reopened_at is null)")
                .setParameter("call", callId).getSingleResult();
    }

    /** 409 with this refusal while the call's decision is in force. */
    public void requireUndecided(UUID callId, Refusal refusal, String what) {
        if (decided(callId)) {
            throw ProblemException.stateConflict("decided", "Decided", "DECIDED",
                    refusal.at("status", "The commission has decided: reopen the decision to change " + what));
        }
    }
}
