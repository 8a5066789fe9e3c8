package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.agreement.AgreementAction.APPROVE;
import static org.mobilitydesk.agreement.AgreementAction.CREATE;
import static org.mobilitydesk.agreement.AgreementAction.DECLINE;
import static org.mobilitydesk.agreement.AgreementAction.EDIT;
import static org.mobilitydesk.agreement.AgreementAction.EDIT_CONDITIONS;
import static org.mobilitydesk.agreement.AgreementAction.RESTORE_APPROVED;
import static org.mobilitydesk.agreement.AgreementAction.SIGN;
import static org.mobilitydesk.agreement.AgreementAction.TERMINATE;
import static org.mobilitydesk.agreement.AgreementStatus.DECLINED_BY_PARTNER;
import static org.mobilitydesk.agreement.AgreementStatus.DRAFT;
import static org.mobilitydesk.agreement.AgreementStatus.IN_FORCE;
import static org.mobilitydesk.agreement.AgreementStatus.SIGNED_BY_HOME;
import static org.mobilitydesk.agreement.AgreementStatus.TERMINATED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementLifecycleTest {

    /** Each row: status, approved snapshot exists, then the outcome of every action in AgreementAction order (null = refused). */
    private static final Object[][] TABLE = {
            // status, snapshot, CREATE, EDIT, EDIT_CONDITIONS, SIGN, APPROVE, DECLINE, TERMINATE, RESTORE_APPROVED
            { DRAFT, false, null, DRAFT, DRAFT, SIGNED_BY_HOME, null, null, null, null },
            { DRAFT, true, null, DRAFT, DRAFT, SIGNED_BY_HOME, null, null, null, IN_FORCE },
            { SIGNED_BY_HOME, false, null, SIGNED_BY_HOME, DRAFT, null, IN_FORCE, DECLINED_BY_PARTNER, null, null },
            { SIGNED_BY_HOME, true, null, SIGNED_BY_HOME, DRAFT, null, IN_FORCE, DECLINED_BY_PARTNER, null, IN_FORCE },
            { DECLINED_BY_PARTNER, false, null, DECLINED_BY_PARTNER, DRAFT, SIGNED_BY_HOME, null, null, null, null },
            { DECLINED_BY_PARTNER, true, null, DECLINED_BY_PARTNER, DRAFT, SIGNED_BY_HOME, null, null, null, IN_FORCE },
            { IN_FORCE, true, null, IN_FORCE, DRAFT, null, null, null, TERMINATED, null },
            { TERMINATED, true, null, null, null, null, null, null, null, null },
    };

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : TABLE) {
            AgreementAction[] actions = AgreementAction.values();
            for (int i = 0; i < actions.length; i++) {
                cases.add(Arguments.of(row[0], row[1], actions[i], row[2 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} (approved snapshot: {1}) + {2} → {3}")
    @MethodSource("everyStatusAndAction")
    void everyStatusTimesEveryAction(AgreementStatus status, boolean snapshot, AgreementAction action, AgreementStatus expected) {
        assertThat(AgreementLifecycle.next(status, action, snapshot)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theTableCoversEveryStatusAndAction() {
        assertThat(TABLE[0]).hasSize(2 + AgreementAction.values().length);
        Map<AgreementStatus, Integer> rows = new EnumMap<>(AgreementStatus.class);
        for (Object[] row : TABLE) {
            rows.merge((AgreementStatus) row[0], 1, Integer::sum);
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrder(AgreementStatus.values());
        assertThat(List.of(CREATE, EDIT, EDIT_CONDITIONS, SIGN, APPROVE, DECLINE, TERMINATE, RESTORE_APPROVED))
                .containsExactly(AgreementAction.values());
    }
}
