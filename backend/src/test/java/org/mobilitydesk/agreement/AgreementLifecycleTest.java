package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.agreement.AgreementStatus.DECLINED_BY_PARTNER;
import static org.mobilitydesk.agreement.AgreementStatus.DRAFT;
import static org.mobilitydesk.agreement.AgreementStatus.EXPIRED;
import static org.mobilitydesk.agreement.AgreementStatus.IN_FORCE;
import static org.mobilitydesk.agreement.AgreementStatus.SIGNED_BY_HOME;
import static org.mobilitydesk.agreement.AgreementStatus.TERMINATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.agreement.AgreementLifecycle.State;

class AgreementLifecycleTest {

    private static final AmendmentStatus NONE = null;
    private static final AmendmentStatus A_DRAFT = AmendmentStatus.DRAFT;
    private static final AmendmentStatus A_SIGNED = AmendmentStatus.SIGNED_BY_HOME;
    private static final AmendmentStatus A_DECLINED = AmendmentStatus.DECLINED_BY_PARTNER;

    private static State s(AgreementStatus status, AmendmentStatus amendment) {
        return new State(status, amendment);
    }

    private static final State REFUSED = null;

    /**
     * Each row: the status as read and the amendment in progress, then the state stored after every action in
     * AgreementAction order: CREATE, EDIT, EDIT_CONDITIONS, SIGN, APPROVE, DECLINE, TERMINATE, RESTORE_APPROVED.
     */
    private static final Object[][] TABLE = {
            { DRAFT, NONE, REFUSED, s(DRAFT, NONE), s(DRAFT, NONE), s(SIGNED_BY_HOME, NONE), REFUSED, REFUSED, REFUSED, REFUSED },
            { SIGNED_BY_HOME, NONE, REFUSED, s(SIGNED_BY_HOME, NONE), s(DRAFT, NONE), REFUSED, s(IN_FORCE, NONE),
                    s(DECLINED_BY_PARTNER, NONE), REFUSED, REFUSED },
            { DECLINED_BY_PARTNER, NONE, REFUSED, s(DECLINED_BY_PARTNER, NONE), s(DRAFT, NONE), s(SIGNED_BY_HOME, NONE), REFUSED, REFUSED,
                    REFUSED, REFUSED },
            { IN_FORCE, NONE, REFUSED, s(IN_FORCE, NONE), s(IN_FORCE, A_DRAFT), REFUSED, REFUSED, REFUSED, s(TERMINATED, NONE), REFUSED },
            { IN_FORCE, A_DRAFT, REFUSED, s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_SIGNED), REFUSED, REFUSED, REFUSED,
                    s(IN_FORCE, NONE) },
            { IN_FORCE, A_SIGNED, REFUSED, s(IN_FORCE, A_SIGNED), s(IN_FORCE, A_DRAFT), REFUSED, s(IN_FORCE, NONE), s(IN_FORCE, A_DECLINED),
                    REFUSED, s(IN_FORCE, NONE) },
            { IN_FORCE, A_DECLINED, REFUSED, s(IN_FORCE, A_DECLINED), s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_SIGNED), REFUSED, REFUSED, REFUSED,
                    s(IN_FORCE, NONE) },
            // expired: stored in force, amendable (an amendment may extend it), but there is nothing left to terminate
            { EXPIRED, NONE, REFUSED, s(IN_FORCE, NONE), s(IN_FORCE, A_DRAFT), REFUSED, REFUSED, REFUSED, REFUSED, REFUSED },
            { EXPIRED, A_DRAFT, REFUSED, s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_SIGNED), REFUSED, REFUSED, REFUSED,
                    s(IN_FORCE, NONE) },
            { EXPIRED, A_SIGNED, REFUSED, s(IN_FORCE, A_SIGNED), s(IN_FORCE, A_DRAFT), REFUSED, s(IN_FORCE, NONE), s(IN_FORCE, A_DECLINED),
                    REFUSED, s(IN_FORCE, NONE) },
            { EXPIRED, A_DECLINED, REFUSED, s(IN_FORCE, A_DECLINED), s(IN_FORCE, A_DRAFT), s(IN_FORCE, A_SIGNED), REFUSED, REFUSED, REFUSED,
                    s(IN_FORCE, NONE) },
            { TERMINATED, NONE, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED },
    };

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : TABLE) {
            AgreementAction[] actions = AgreementAction.values();
            for (int i = 0; i < actions.length; i++) {
                cases.add(Arguments.of(row[0], row[1], actions[i], row[2 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} (amendment {1}) + {2} → {3}")
    @MethodSource("everyStateAndAction")
    void everyStateTimesEveryAction(AgreementStatus status, AmendmentStatus amendment, AgreementAction action, State expected) {
        assertThat(AgreementLifecycle.next(s(status, amendment), action)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theTableCoversEveryStatusEveryAmendmentOfAnAgreementInForceAndEveryAction() {
        assertThat(TABLE[0]).hasSize(2 + AgreementAction.values().length);
        Set<AgreementStatus> statuses = new HashSet<>();
        Set<String> inForce = new HashSet<>();
        for (Object[] row : TABLE) {
            statuses.add((AgreementStatus) row[0]);
            if (row[0] == IN_FORCE || row[0] == EXPIRED) {
                inForce.add(row[0] + "/" + row[1]);
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(AgreementStatus.values());
        assertThat(inForce).hasSize(2 * (AmendmentStatus.values().length + 1));
        assertThat(Arrays.stream(AgreementAction.values()).map(Enum::name)).containsExactly("CREATE", "EDIT", "EDIT_CONDITIONS", "SIGN",
                "APPROVE", "DECLINE", "TERMINATE", "RESTORE_APPROVED");
    }

    @Test
    void nothingStoresExpired() {
        for (Object[] row : TABLE) {
            for (int i = 2; i < row.length; i++) {
                if (row[i] != null) {
                    assertThat(((State) row[i]).status()).isNotEqualTo(EXPIRED);
                }
            }
        }
    }

    /** Agreement years 2024/2025–2027/2028: before 1 Sep 2024, within, on its last day, and after 31 Aug 2028. */
    private static final LocalDate BEFORE = LocalDate.of(2024, 5, 1);
    private static final LocalDate WITHIN = LocalDate.of(2026, 12, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2028, 8, 31);
    private static final LocalDate AFTER = LocalDate.of(2028, 9, 1);

    static Stream<Arguments> everyStoredStatusBeforeWithinAndAfterItsYears() {
        List<Arguments> cases = new ArrayList<>();
        for (AgreementStatus stored : List.of(DRAFT, SIGNED_BY_HOME, DECLINED_BY_PARTNER, IN_FORCE, TERMINATED)) {
            for (LocalDate day : List.of(BEFORE, WITHIN, LAST_DAY, AFTER)) {
                cases.add(Arguments.of(stored, day, stored == IN_FORCE && day.equals(AFTER) ? EXPIRED : stored));
            }
        }
        return cases.stream();
    }

    /** The amendment plays no part: expiry reads the years of the version in force, which the stored summary holds. */
    @ParameterizedTest(name = "{0} on {1} reads {2}")
    @MethodSource("everyStoredStatusBeforeWithinAndAfterItsYears")
    void onlyAnAgreementInForceExpiresAndOnlyAfterTheLastDayOfItsLastAcademicYear(AgreementStatus stored, LocalDate today,
            AgreementStatus expected) {
        assertThat(AgreementLifecycle.effective(stored, "2027/2028", today)).isEqualTo(expected);
    }
}
