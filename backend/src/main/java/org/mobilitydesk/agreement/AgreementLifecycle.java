package org.mobilitydesk.agreement;

import java.util.Optional;

/**
 * The lifecycle of an agreement (DOMAIN-KA171 §7). The status describes the current conditions:
 * <pre>
 *                   EDIT  EDIT_CONDITIONS  SIGN            APPROVE   DECLINE              TERMINATE   RESTORE_APPROVED
 * DRAFT             same  DRAFT            SIGNED_BY_HOME  -         -                    -           IN_FORCE*
 * SIGNED_BY_HOME    same  DRAFT            -               IN_FORCE  DECLINED_BY_PARTNER  -           IN_FORCE*
 * DECLINED_BY_PARTNER same DRAFT           SIGNED_BY_HOME  -         -                    -           IN_FORCE*
 * IN_FORCE          same  DRAFT            -               -         -                    TERMINATED  -
 * TERMINATED        -     -                -               -         -                    -           -
 * (* only when a mutually approved snapshot exists; CREATE applies to no existing agreement)
 * </pre>
 * The partner's approval of the hash the home institution signed means both sides approved it, so it puts the
 * agreement in force at once (there is no separate "approved by partner" step). Editing the conditions of an
 * agreement in force makes a new draft; the approved snapshot stays in force meanwhile and can be restored.
 * Termination applies to an agreement in force; during an amendment, restore the approved snapshot first.
 */
public final class AgreementLifecycle {

    private AgreementLifecycle() {
    }

    /** The status after the action, or empty when the action is not allowed in that status. */
    public static Optional<AgreementStatus> next(AgreementStatus status, AgreementAction action, boolean approvedSnapshot) {
        if (status == AgreementStatus.TERMINATED) {
            return Optional.empty();
        }
        boolean inForce = status == AgreementStatus.IN_FORCE;
        AgreementStatus next = switch (action) {
            case CREATE -> null;
            case EDIT -> status;
            case EDIT_CONDITIONS -> AgreementStatus.DRAFT;
            case SIGN -> status == AgreementStatus.DRAFT || status == AgreementStatus.DECLINED_BY_PARTNER
                    ? AgreementStatus.SIGNED_BY_HOME : null;
            case APPROVE -> status == AgreementStatus.SIGNED_BY_HOME ? AgreementStatus.IN_FORCE : null;
            case DECLINE -> status == AgreementStatus.SIGNED_BY_HOME ? AgreementStatus.DECLINED_BY_PARTNER : null;
            case TERMINATE -> inForce ? AgreementStatus.TERMINATED : null;
            case RESTORE_APPROVED -> !inForce && approvedSnapshot ? AgreementStatus.IN_FORCE : null;
        };
        return Optional.ofNullable(next);
    }
}
