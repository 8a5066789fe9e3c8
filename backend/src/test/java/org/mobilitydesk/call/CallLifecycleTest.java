package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.call.CallStatus.CLOSED;
import static org.mobilitydesk.call.CallStatus.DRAFT;
import static org.mobilitydesk.call.CallStatus.PUBLISHED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallLifecycleTest {

    private static final Instant OPENS = Instant.parse("2027-01-15T03:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-03-31T17:59:59Z");

    /** Each row: status, then the outcome of every action in CallAction order (null = refused). */
    private static final Object[][] TABLE = {
            // status, EDIT, PUBLISH, DELETE
            { DRAFT, DRAFT, PUBLISHED, DRAFT },
            { PUBLISHED, PUBLISHED, null, null },
            { CLOSED, null, null, null },
    };

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : TABLE) {
            CallAction[] actions = CallAction.values();
            for (int i = 0; i < actions.length; i++) {
                cases.add(Arguments.of(row[0], actions[i], row[1 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("everyStatusAndAction")
    void everyStatusTimesEveryAction(CallStatus status, CallAction action, CallStatus expected) {
        assertThat(CallLifecycle.next(status, action)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theTableCoversEveryStatus() {
        assertThat(Stream.of(TABLE).map(row -> row[0])).containsExactlyInAnyOrder((Object[]) CallStatus.values());
    }

    @Test
    void aPublishedCallClosesAtItsDeadline() {
        assertThat(CallLifecycle.effective(PUBLISHED, DEADLINE, DEADLINE.minusSeconds(1))).isEqualTo(PUBLISHED);
        assertThat(CallLifecycle.effective(PUBLISHED, DEADLINE, DEADLINE)).isEqualTo(CLOSED);
        assertThat(CallLifecycle.effective(PUBLISHED, DEADLINE, DEADLINE.plusSeconds(1))).isEqualTo(CLOSED);
    }

    @Test
    void aDraftStaysADraftAfterItsDeadline() {
        assertThat(CallLifecycle.effective(DRAFT, DEADLINE, DEADLINE.plusSeconds(1))).isEqualTo(DRAFT);
    }

    @Test
    void applicationsAreAcceptedFromTheOpeningUntilJustBeforeTheDeadline() {
        assertThat(CallLifecycle.accepting(PUBLISHED, OPENS, OPENS.minusSeconds(1))).isFalse();
        assertThat(CallLifecycle.accepting(PUBLISHED, OPENS, OPENS)).isTrue();
        Instant lastSecond = DEADLINE.minusSeconds(1);
        assertThat(CallLifecycle.accepting(CallLifecycle.effective(PUBLISHED, DEADLINE, lastSecond), OPENS, lastSecond)).isTrue();
        Instant afterwards = DEADLINE.plusSeconds(1);
        assertThat(CallLifecycle.accepting(CallLifecycle.effective(PUBLISHED, DEADLINE, afterwards), OPENS, afterwards)).isFalse();
        assertThat(CallLifecycle.accepting(DRAFT, OPENS, OPENS.plusSeconds(1))).isFalse();
    }
}
