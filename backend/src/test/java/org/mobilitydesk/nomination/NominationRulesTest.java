package org.mobilitydesk.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.nomination.NominationStatus.ACCEPTED;
import static org.mobilitydesk.nomination.NominationStatus.CANCELLED;
import static org.mobilitydesk.nomination.NominationStatus.NOMINATED;
import static org.mobilitydesk.nomination.NominationStatus.REJECTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.application.ApplicationRefusals;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.nomination.NominationAction.Side;

/** The nomination's states, who may do what in each, its capacity and its period: pure rules. */
class NominationRulesTest {

    private static final NominationStatus REFUSED = null;

    /** Each row: the state, then the state after each action in NominationAction order: ACCEPT, REJECT, CANCEL, CHANGE_PERIOD. */
    private static final NominationStatus[][] TABLE = {
            { NOMINATED, ACCEPTED, REJECTED, CANCELLED, NOMINATED },
            { ACCEPTED, ACCEPTED, REFUSED, CANCELLED, ACCEPTED },
            { REJECTED, REFUSED, REJECTED, REFUSED, REFUSED },
            { CANCELLED, REFUSED, REFUSED, REFUSED, REFUSED },
    };

    static Stream<Arguments> everyStateSideAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (NominationStatus[] row : TABLE) {
            for (NominationAction action : NominationAction.values()) {
                for (Side side : Side.values()) {
                    NominationStatus expected = side == action.side() ? row[action.ordinal() + 1] : REFUSED;
                    cases.add(Arguments.of(row[0], action, side, expected));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void theTableCoversEveryStateAndAction() {
        assertThat(Stream.of(TABLE).map(row -> row[0])).containsExactly(NominationStatus.values());
        assertThat(Stream.of(TABLE)).allSatisfy(row -> assertThat(row).hasSize(NominationAction.values().length + 1));
    }

    @ParameterizedTest(name = "{0} {1} by {2} → {3}")
    @MethodSource("everyStateSideAndAction")
    void eachSideMayDoOnlyItsActionsInTheStatesThatAllowThem(NominationStatus from, NominationAction action, Side by, NominationStatus expected) {
        assertThat(NominationLifecycle.next(from, action, by).orElse(null)).isEqualTo(expected);
    }

    @Test
    void onlyNominatedAndAcceptedHoldAPlace() {
        assertThat(Stream.of(NominationStatus.values()).filter(NominationStatus::holdsAPlace)).containsExactly(NOMINATED, ACCEPTED);
    }

    @ParameterizedTest(name = "capacity {0}, used {1}, adding {2}, reason \"{3}\" → refused {4}")
    @CsvSource(nullValues = "null", value = {
            "2, 0, 1, null, false",
            "2, 0, 2, null, false",
            "2, 1, 1, null, false",
            "2, 2, 0, null, false",
            "2, 2, 1, null, true",
            "2, 0, 3, null, true",
            "2, 2, 1, '   ', true",
            "2, 2, 1, '', true",
            "2, 2, 1, Dean's exception, false",
            "2, 5, 4, Dean's exception, false",
            "0, 0, 1, null, true",
    })
    void goingOverTheFlowNeedsAReason(int capacity, long used, int adding, String reason, boolean refused) {
        List<FieldError> errors = NominationCapacity.check(capacity, used, adding, reason);
        assertThat(errors).hasSize(refused ? 1 : 0);
        if (refused) {
            Refusals.refused("over", () -> errors, "overrideReason", NominationRefusals.OVER_CAPACITY).check();
            assertThat(errors.get(0).args()).containsEntry("mobilities", String.valueOf(capacity)).containsEntry("total", String.valueOf(used));
        }
    }

    /** Random runs of nominating, deciding and cancelling: without an override, never more places held than the flow allows. */
    @Test
    void withoutAnOverrideNeverMorePlacesAreHeldThanTheFlowAllows() {
        Random random = new Random(171);
        for (int run = 0; run < 500; run++) {
            int capacity = random.nextInt(6);
            List<NominationStatus> flow = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                if (random.nextInt(3) == 0 || flow.isEmpty()) {
                    int adding = 1 + random.nextInt(3);
                    long used = flow.stream().filter(NominationStatus::holdsAPlace).count();
                    if (NominationCapacity.check(capacity, used, adding, null).isEmpty()) {
                        for (int i = 0; i < adding; i++) {
                            flow.add(NOMINATED);
                        }
                    }
                } else {
                    int i = random.nextInt(flow.size());
                    NominationAction action = NominationAction.values()[random.nextInt(NominationAction.values().length)];
                    NominationStatus status = flow.get(i);
                    NominationLifecycle.next(status, action, action.side()).ifPresent(next -> flow.set(i, next));
                }
                assertThat(flow.stream().filter(NominationStatus::holdsAPlace).count()).as("run %d step %d", run, step).isLessThanOrEqualTo(capacity);
            }
        }
    }

    @Test
    void aRejectedOrCancelledNominationNeverHoldsAPlaceAgain() {
        Random random = new Random(13);
        for (int run = 0; run < 500; run++) {
            NominationStatus status = NOMINATED;
            boolean ended = false;
            for (int step = 0; step < 10; step++) {
                NominationAction action = NominationAction.values()[random.nextInt(NominationAction.values().length)];
                status = NominationLifecycle.next(status, action, action.side()).orElse(status);
                ended |= !status.holdsAPlace();
                assertThat(ended && status.holdsAPlace()).as("a rejected or cancelled nomination holds a place again").isFalse();
            }
        }
    }

    @Test
    void thePeriodKeepsTheTypesLimitsAndTheAgreementsYears() {
        Refusals.refused("end before start", () -> NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 2, 1), "2024/2025", "2027/2028"), "plannedEnd", ApplicationRefusals.END_BEFORE_START).check();
        Refusals.refused("one month", () -> NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28), "2024/2025", "2027/2028"), "plannedEnd", ApplicationRefusals.PERIOD_TOO_SHORT).check();
        Refusals.refused("seventy days of teaching", () -> NominationPeriod.violations(CallMobilityType.STAFF_TEACHING, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 4, 11), "2024/2025", "2027/2028"), "plannedEnd", ApplicationRefusals.PERIOD_TOO_LONG).check();
        Refusals.refused("after the agreement", () -> NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2028, 9, 1),
                LocalDate.of(2029, 1, 31), "2024/2025", "2027/2028"), "plannedStart", NominationRefusals.OUTSIDE_AGREEMENT).check();
        Refusals.refused("before the agreement", () -> NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 6, 30), "2024/2025", "2027/2028"), "plannedStart", NominationRefusals.OUTSIDE_AGREEMENT).check();
        assertThat(NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30),
                "2024/2025", "2027/2028")).isEmpty();
        assertThat(NominationPeriod.violations(CallMobilityType.STUDENT_STUDIES, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 8, 31),
                "2024/2025", "2027/2028")).isEmpty();
    }
}
