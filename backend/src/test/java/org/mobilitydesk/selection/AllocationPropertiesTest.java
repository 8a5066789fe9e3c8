package org.mobilitydesk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AllocationPropertiesTest {

    @Test
    void noPartnerIsOverItsPlacesAndNobodyHasJustifiedEnvy() {
        RandomSelections.forAll(random -> {
            SelectionInput input = RandomSelections.input(random);
            assertFair(input, Allocation.allocate(input), Set.of());
        });
    }

    @Test
    void afterAnySequenceOfDeclinesThePlacesStillHoldNobodyHasJustifiedEnvyAndNobodyIsWorseOff() {
        RandomSelections.forAll(random -> {
            SelectionInput input = RandomSelections.input(random);
            Set<UUID> declined = Set.of();
            SelectionResult before = Allocation.allocate(input);
            for (UUID applicationId : RandomSelections.someOf(random, input)) {
                CascadeStep step = OfferCascade.decline(input, declined, applicationId);
                assertFair(input, step.result(), step.declined());
                assertNobodyWorseOff(before, step.result());
                assertTheMovesAreThePlacesThatChanged(before, step);
                assertThat(step.result()).isEqualTo(Allocation.allocate(input, step.declined()));
                declined = step.declined();
                before = step.result();
            }
        });
    }

    @Test
    void reservePositionsAreOneToKInRankOrder() {
        RandomSelections.forAll(random -> {
            SelectionInput input = RandomSelections.input(random);
            SelectionResult result = Allocation.allocate(input, new HashSet<>(RandomSelections.someOf(random, input)));
            List<Outcome> reserve = result.outcomes().stream().filter(o -> o.status() == OutcomeStatus.RESERVE).toList();
            for (int i = 0; i < reserve.size(); i++) {
                assertThat(reserve.get(i).reservePosition()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(reserve.get(i).rank()).isGreaterThan(reserve.get(i - 1).rank());
                }
            }
            assertThat(result.outcomes()).filteredOn(o -> o.status() != OutcomeStatus.RESERVE).allSatisfy(o -> assertThat(o.reservePosition()).isNull());
        });
    }

    @Test
    void ranksRunFromOneByTotalAndEachAdjacentPairNamesTheRuleThatDecided() {
        RandomSelections.forAll(random -> {
            SelectionInput input = RandomSelections.input(random);
            SelectionResult result = Allocation.allocate(input);
            List<Outcome> ranked = result.outcomes().stream().filter(o -> o.rank() != null).toList();
            assertThat(ranked).extracting(Outcome::rank).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, ranked.size()).boxed().toList());
            assertThat(ranked).allSatisfy(o -> assertThat(o.rankedCount()).isEqualTo(ranked.size()));
            assertThat(result.rankDecisions()).hasSize(Math.max(0, ranked.size() - 1));
            for (RankDecision decision : result.rankDecisions()) {
                Outcome higher = ranked.get(decision.rank() - 1);
                Outcome lower = ranked.get(decision.rank());
                assertThat(List.of(decision.higher(), decision.lower())).containsExactly(higher.applicationId(), lower.applicationId());
                assertThat(higher.total()).isGreaterThanOrEqualTo(lower.total());
                assertThat(decision.decidedBy() == RankingRule.TOTAL).isEqualTo(higher.total().compareTo(lower.total()) != 0);
            }
        });
    }

    @Test
    void theSameInputInAnyOrderGivesAnEqualResult() {
        RandomSelections.forAll(random -> {
            SelectionInput input = RandomSelections.input(random);
            List<Candidate> candidates = new ArrayList<>(input.candidates());
            Collections.shuffle(candidates, random);
            List<UUID> partners = new ArrayList<>(input.places().keySet());
            Collections.shuffle(partners, random);
            Map<UUID, Integer> places = new LinkedHashMap<>();
            partners.forEach(p -> places.put(p, input.places().get(p)));
            SelectionInput shuffled = new SelectionInput(input.rulesVersion(), input.criteria(), places, candidates,
                    input.fewerOpportunitiesFirst(), input.minimumTotal());
            Set<UUID> declined = new HashSet<>(RandomSelections.someOf(random, input));

            assertThat(Allocation.allocate(shuffled)).isEqualTo(Allocation.allocate(input));
            assertThat(Allocation.allocate(shuffled, declined)).isEqualTo(Allocation.allocate(input, declined));
            assertThat(Allocation.allocate(shuffled).partners()).extracting(PartnerFill::partnerId)
                    .isSortedAccordingTo(Comparator.comparing(UUID::toString));
        });
    }

    private static void assertFair(SelectionInput input, SelectionResult result, Set<UUID> declined) {
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        input.candidates().forEach(c -> candidates.put(c.applicationId(), c));
        Map<UUID, List<Outcome>> holders = new LinkedHashMap<>();
        for (Outcome o : result.outcomes()) {
            if (o.status() == OutcomeStatus.PLACED) {
                assertThat(candidates.get(o.applicationId()).preferences().get(o.preference() - 1)).isEqualTo(o.partnerId());
                holders.computeIfAbsent(o.partnerId(), p -> new ArrayList<>()).add(o);
            } else {
                assertThat(o.partnerId()).isNull();
            }
            assertThat(o.status() == OutcomeStatus.DECLINED).as("declined %s", o.applicationId()).isEqualTo(declined.contains(o.applicationId()));
            boolean below = input.minimumTotal() != null && o.total() != null && o.total().compareTo(input.minimumTotal()) < 0;
            if (!declined.contains(o.applicationId())) {
                assertThat(o.status() == OutcomeStatus.NOT_SELECTED).isEqualTo(below);
                assertThat(o.status() == OutcomeStatus.INCOMPLETE).isEqualTo(!candidates.get(o.applicationId()).score().complete());
            }
        }
        holders.forEach((partner, held) -> assertThat(held).as("partner %s", partner).hasSizeLessThanOrEqualTo(input.placesAt(partner)));
        for (PartnerFill fill : result.partners()) {
            assertThat(fill.placed()).containsExactlyElementsOf(holders.getOrDefault(fill.partnerId(), List.of()).stream()
                    .map(Outcome::applicationId).toList());
        }
        for (Outcome o : result.outcomes()) {
            if (o.status() != OutcomeStatus.PLACED && o.status() != OutcomeStatus.RESERVE) {
                continue;
            }
            List<UUID> preferences = candidates.get(o.applicationId()).preferences();
            List<UUID> preferred = o.status() == OutcomeStatus.PLACED ? preferences.subList(0, o.preference() - 1) : preferences;
            for (UUID partner : preferred) {
                List<Outcome> held = holders.getOrDefault(partner, List.of());
                assertThat(held).as("%s envies a place at %s", o.applicationId(), partner).hasSize(input.placesAt(partner))
                        .allSatisfy(h -> assertThat(h.rank()).isLessThan(o.rank()));
            }
        }
    }

    private static void assertNobodyWorseOff(SelectionResult before, SelectionResult after) {
        for (Outcome now : after.outcomes()) {
            Outcome then = before.outcome(now.applicationId());
            assertThat(now.rank()).isEqualTo(then.rank());
            if (now.status() == OutcomeStatus.DECLINED) {
                continue;
            }
            String what = "%s was %s, now %s".formatted(now.applicationId(), then, now);
            switch (then.status()) {
                case PLACED -> assertThat(now.status() == OutcomeStatus.PLACED && now.preference() <= then.preference()).as(what).isTrue();
                case RESERVE -> assertThat(now.status() == OutcomeStatus.PLACED
                        || now.status() == OutcomeStatus.RESERVE && now.reservePosition() <= then.reservePosition()).as(what).isTrue();
                default -> assertThat(now.status()).as(what).isEqualTo(then.status());
            }
        }
    }

    private static void assertTheMovesAreThePlacesThatChanged(SelectionResult before, CascadeStep step) {
        List<Move> expected = new ArrayList<>();
        for (Outcome now : step.result().outcomes()) {
            Outcome then = before.outcome(now.applicationId());
            if (now.status() == OutcomeStatus.PLACED && !now.partnerId().equals(then.partnerId())) {
                expected.add(step.moves().stream().filter(m -> m.applicationId().equals(now.applicationId())).findFirst().orElseThrow());
            }
        }
        assertThat(step.moves()).containsExactlyElementsOf(expected);
        for (Move move : step.moves()) {
            Outcome now = step.result().outcome(move.applicationId());
            Outcome then = before.outcome(move.applicationId());
            assertThat(List.of(move.toPartnerId(), move.toPreference())).containsExactly(now.partnerId(), now.preference());
            assertThat(move.reason()).isEqualTo(then.status() == OutcomeStatus.PLACED ? MoveReason.UPGRADE_AFTER_DECLINE : MoveReason.FROM_RESERVE);
            assertThat(move.fromReservePosition()).isEqualTo(then.reservePosition());
        }
        assertThat(step.moves()).filteredOn(m -> m.reason() == MoveReason.FROM_RESERVE).hasSizeLessThanOrEqualTo(1);
    }
}
