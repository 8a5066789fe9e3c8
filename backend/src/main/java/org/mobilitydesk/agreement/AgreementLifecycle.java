package org.mobilitydesk.agreement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The lifecycle of an agreement (DOMAIN-KA171 §7). The status says where the agreement stands; an agreement in force
 * that is being amended keeps its approved version in force and carries the amendment's state beside it:
 * <pre>
 * status / amendment     EDIT  EDIT_CONDITIONS     SIGN                APPROVE    DECLINE              TERMINATE   RESTORE_APPROVED
 * DRAFT                  same  DRAFT               SIGNED_BY_HOME      -          -                    -           -
 * SIGNED_BY_HOME         same  DRAFT               -                   IN_FORCE   DECLINED_BY_PARTNER  -           -
 * DECLINED_BY_PARTNER    same  DRAFT               SIGNED_BY_HOME      -          -                    -           -
 * IN_FORCE               same  IN_FORCE / DRAFT    -                   -          -                    TERMINATED  -
 * IN_FORCE / DRAFT       same  IN_FORCE / DRAFT    IN_FORCE / SIGNED   -          -                    -           IN_FORCE
 * IN_FORCE / SIGNED      same  IN_FORCE / DRAFT    -                   IN_FORCE*  IN_FORCE / DECLINED  -           IN_FORCE
 * IN_FORCE / DECLINED    same  IN_FORCE / DRAFT    IN_FORCE / SIGNED   -          -                    -           IN_FORCE
 * EXPIRED (/ amendment)  as IN_FORCE, except TERMINATE: refused (it has ended already)
 * TERMINATED             -     -                   -                   -          -                    -           -
 * (* the amended version is the one in force from then on; CREATE applies to no existing agreement)
 * </pre>
 * The partner's approval of the hash the home institution signed puts that version in force at once. EXPIRED follows
 * from the clock ({@link #effective}), never stored; an amendment may extend an expired agreement's years. A
 * termination ends the version in force: while an amendment is in progress it is refused, so that the partner is never
 * left deciding on conditions of an ending agreement; withdraw the amendment (RESTORE_APPROVED) first.
 */
public final class AgreementLifecycle {

    /** The status and, for an agreement in force, the state of the amendment in progress (null when there is none). */
    public record State(AgreementStatus status, AmendmentStatus amendment) {
    }

    private AgreementLifecycle() {
    }

    /** The status to use for everything: an agreement in force whose last academic year has ended is expired. */
    public static AgreementStatus effective(AgreementStatus stored, String lastAcademicYear, LocalDate today) {
        return stored == AgreementStatus.IN_FORCE && today.isAfter(AcademicCalendar.endOf(lastAcademicYear)) ? AgreementStatus.EXPIRED
                : stored;
    }

    /** The state to store after the action on an agreement in this state (as read), or empty when the action is refused. */
    public static Optional<State> next(State state, AgreementAction action) {
        AgreementStatus status = state.status();
        if (status == AgreementStatus.TERMINATED || action == AgreementAction.CREATE) {
            return Optional.empty();
        }
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.EXPIRED) {
            return Optional.ofNullable(negotiated(status, action)).map(next -> new State(next, null));
        }
        AmendmentStatus amendment = state.amendment();
        State next = switch (action) {
            case EDIT -> new State(AgreementStatus.IN_FORCE, amendment);
            case TERMINATE -> amendment == null && status == AgreementStatus.IN_FORCE ? new State(AgreementStatus.TERMINATED, null) : null;
            case RESTORE_APPROVED -> amendment == null ? null : new State(AgreementStatus.IN_FORCE, null);
            default -> {
                AgreementStatus negotiated = negotiated(amendment == null ? null : AgreementStatus.valueOf(amendment.name()), action);
                if (negotiated == null) {
                    yield null;
                }
                yield new State(AgreementStatus.IN_FORCE, negotiated == AgreementStatus.IN_FORCE ? null : AmendmentStatus.valueOf(negotiated.name()));
            }
        };
        return Optional.ofNullable(next);
    }

    /** The negotiation of a version (the first one, or an amendment: null when none is in progress) up to its approval. */
    private static AgreementStatus negotiated(AgreementStatus version, AgreementAction action) {
        if (version == null) {
            return action == AgreementAction.EDIT_CONDITIONS ? AgreementStatus.DRAFT : null;
        }
        return switch (action) {
            case EDIT -> version;
            case EDIT_CONDITIONS -> AgreementStatus.DRAFT;
            case SIGN -> version == AgreementStatus.SIGNED_BY_HOME ? null : AgreementStatus.SIGNED_BY_HOME;
            case APPROVE -> version == AgreementStatus.SIGNED_BY_HOME ? AgreementStatus.IN_FORCE : null;
            case DECLINE -> version == AgreementStatus.SIGNED_BY_HOME ? AgreementStatus.DECLINED_BY_PARTNER : null;
            default -> null;
        };
    }
}
