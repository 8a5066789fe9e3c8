package org.mobilitydesk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mobilitydesk.selection.Selections.app;
import static org.mobilitydesk.selection.Selections.candidate;
import static org.mobilitydesk.selection.Selections.input;
import static org.mobilitydesk.selection.Selections.merit;
import static org.mobilitydesk.selection.Selections.partner;
import static org.mobilitydesk.selection.Selections.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OfferCascadeTest {

    private static final UUID TARTU = partner(1);
    private static final UUID MILAN = partner(2);

    @Test
    void aDeclineMovesALowerPreferenceUpAndItsOldPlaceGoesToTheFirstReserveCandidateWhoWantedIt() {
        SelectionInput input = input(Map.of(TARTU, 1, MILAN, 1), List.of(candidate(1, merit(90), TARTU),
                candidate(2, merit(80), TARTU, MILAN), candidate(3, merit(70), TARTU), candidate(4, merit(60), MILAN, TARTU)));
        assertThat(summary(Allocation.allocate(input), 4)).containsExactly("#1 P1@1", "#2 P2@2", "#3 R1", "#4 R2");

        CascadeStep step = OfferCascade.decline(input, Set.of(), app(1));

        assertThat(summary(step.result(), 4)).containsExactly("#1 DEC", "#2 P1@1", "#3 R1", "#4 P2@1");
        assertThat(step.moves()).containsExactly(
                new Move(app(2), 2, MoveReason.UPGRADE_AFTER_DECLINE, MILAN, 2, null, TARTU, 1, app(1), app(1),
                        List.of(ExplanationStep.of(StepCode.PLACE_FREED, TARTU, 1, 1), ExplanationStep.of(StepCode.UPGRADED, MILAN, 2, TARTU, 1))),
                new Move(app(4), 4, MoveReason.FROM_RESERVE, null, null, 2, MILAN, 1, app(2), app(1),
                        List.of(ExplanationStep.of(StepCode.PLACE_FREED, MILAN, 2, 1), ExplanationStep.of(StepCode.LEFT_RESERVE, 2, MILAN, 1))));
        assertThat(step.result().outcome(app(1)).explanation()).containsExactly(
                ExplanationStep.of(StepCode.RANK, 1, 4, new BigDecimal("90.00")), ExplanationStep.of(StepCode.DECLINED));
        assertThat(step.result().outcome(app(3)).explanation()).contains(ExplanationStep.of(StepCode.PREFERENCE_FULL, TARTU, 1, 1, List.of(2)));
        assertThat(step.declined()).containsExactly(app(1));
    }

    @Test
    void aChainOfThreeDeclinesRunsThroughTheReserveList() {
        SelectionInput input = input(Map.of(TARTU, 1, MILAN, 1), List.of(candidate(1, merit(90), TARTU), candidate(2, merit(85), MILAN),
                candidate(3, merit(80), TARTU), candidate(4, merit(75), MILAN, TARTU), candidate(5, merit(70), TARTU, MILAN)));
        assertThat(summary(Allocation.allocate(input), 5)).containsExactly("#1 P1@1", "#2 P2@1", "#3 R1", "#4 R2", "#5 R3");

        CascadeStep first = OfferCascade.decline(input, Set.of(), app(1));
        CascadeStep second = OfferCascade.decline(input, first.declined(), app(3));
        CascadeStep third = OfferCascade.decline(input, second.declined(), app(2));

        assertThat(summary(first.result(), 5)).containsExactly("#1 DEC", "#2 P2@1", "#3 P1@1", "#4 R1", "#5 R2");
        assertThat(first.moves()).extracting(Move::applicationId, Move::reason, Move::fromReservePosition, Move::toPartnerId, Move::freedBy)
                .containsExactly(tuple(app(3), MoveReason.FROM_RESERVE, 1, TARTU, app(1)));
        assertThat(summary(second.result(), 5)).containsExactly("#1 DEC", "#2 P2@1", "#3 DEC", "#4 P1@2", "#5 R1");
        assertThat(second.moves()).extracting(Move::applicationId, Move::fromReservePosition, Move::toPartnerId, Move::toPreference)
                .containsExactly(tuple(app(4), 1, TARTU, 2));
        assertThat(summary(third.result(), 5)).containsExactly("#1 DEC", "#2 DEC", "#3 DEC", "#4 P2@1", "#5 P1@1");
        assertThat(third.moves()).extracting(Move::applicationId, Move::reason, Move::toPartnerId, Move::freedBy, Move::declined)
                .containsExactly(tuple(app(4), MoveReason.UPGRADE_AFTER_DECLINE, MILAN, app(2), app(2)),
                        tuple(app(5), MoveReason.FROM_RESERVE, TARTU, app(4), app(2)));
        assertThat(third.declined()).containsExactly(app(1), app(2), app(3));
    }

    @Test
    void aReserveCandidateWhoWithdrawsMovesNobodyAndTheReserveListCloses() {
        SelectionInput input = input(Map.of(TARTU, 1), List.of(candidate(1, merit(90), TARTU), candidate(2, merit(80), TARTU),
                candidate(3, merit(70), TARTU)));

        CascadeStep step = OfferCascade.decline(input, Set.of(), app(2));

        assertThat(step.moves()).isEmpty();
        assertThat(summary(step.result(), 3)).containsExactly("#1 P1@1", "#2 DEC", "#3 R1");
    }

    @Test
    void aPlaceNobodyElseWantsStaysFree() {
        SelectionInput input = input(Map.of(TARTU, 1, MILAN, 1), List.of(candidate(1, merit(90), TARTU), candidate(2, merit(80), MILAN)));

        CascadeStep step = OfferCascade.decline(input, Set.of(), app(1));

        assertThat(step.moves()).isEmpty();
        assertThat(step.result().partners()).containsExactly(new PartnerFill(TARTU, 1, List.of()), new PartnerFill(MILAN, 1, List.of(app(2))));
    }

    @Test
    void decliningTwiceChangesNothingAndAnUnknownApplicationIsRefused() {
        SelectionInput input = input(Map.of(TARTU, 1), List.of(candidate(1, merit(90), TARTU), candidate(2, merit(80), TARTU)));
        CascadeStep once = OfferCascade.decline(input, Set.of(), app(1));

        CascadeStep twice = OfferCascade.decline(input, once.declined(), app(1));

        assertThat(twice.moves()).isEmpty();
        assertThat(twice.result()).isEqualTo(once.result());
        assertThatThrownBy(() -> OfferCascade.decline(input, Set.of(), app(7))).hasMessageContaining("not a candidate");
    }
}
