package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.common.Refusals.refused;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.Refusal;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.common.Refusals.Case;
import org.mobilitydesk.selection.panel.DeclarationRules.Access;
import org.mobilitydesk.selection.panel.PanelInput.PanelAssignmentSet;

/** The panel's and the declarations' rules, one row per refusal; every refusal of PanelRefusals has a row here or in the API tests. */
class PanelRulesTest {

    private static final UUID ELIGIBLE = UUID.randomUUID();
    private static final UUID PENDING = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();
    private static final Map<String, Boolean> USERS = Map.of("e1", true, "e2", true, "a1", false);
    private static final Map<UUID, Boolean> APPLICATIONS = Map.of(ELIGIBLE, true, PENDING, false);

    private static PanelInput input(AssignmentMode mode, Integer min, String threshold, List<String> members, PanelAssignmentSet... sets) {
        return new PanelInput(0, mode, min, threshold == null ? null : new BigDecimal(threshold), members, Arrays.asList(sets));
    }

    private static Case panel(String name, PanelInput input, String field, Refusal refusal) {
        return refused(name, () -> PanelRules.violations(input, USERS, APPLICATIONS), field, refusal);
    }

    private static Case declaring(String name, CallStatus call, DeclarationState current, boolean conflict, String note, String field, Refusal refusal) {
        return refused(name, () -> DeclarationRules.errors(call, current, conflict, note), field, refusal);
    }

    static Stream<Case> cases() {
        List<String> two = List.of("e1", "e2");
        return Stream.of(
                panel("unknown user", input(AssignmentMode.ALL, 2, null, List.of("e1", "nobody")), "members[1]", PanelRefusals.MEMBER_UNKNOWN),
                panel("not an evaluator", input(AssignmentMode.ALL, 2, null, List.of("a1")), "members[0]", PanelRefusals.MEMBER_NOT_EVALUATOR),
                panel("member twice", input(AssignmentMode.ALL, 2, null, List.of("e1", "e2", "e1")), "members[2]", CommonRefusals.DUPLICATE),
                panel("member blank", input(AssignmentMode.ALL, 2, null, Arrays.asList("e1", null)), "members[1]", CommonRefusals.REQUIRED),
                panel("minimum 0", input(AssignmentMode.ALL, 0, null, two), "minEvaluations", CommonRefusals.BETWEEN),
                panel("minimum 11", input(AssignmentMode.ALL, 11, null, two), "minEvaluations", CommonRefusals.BETWEEN),
                panel("threshold 0", input(AssignmentMode.ALL, 2, "0", two), "disagreementThreshold", PanelRefusals.THRESHOLD_RANGE),
                panel("threshold above 1", input(AssignmentMode.ALL, 2, "1.01", two), "disagreementThreshold", PanelRefusals.THRESHOLD_RANGE),
                panel("threshold in thousandths", input(AssignmentMode.ALL, 2, "0.305", two), "disagreementThreshold", PanelRefusals.THRESHOLD_RANGE),
                panel("assignments in ALL mode", input(AssignmentMode.ALL, 2, null, two, new PanelAssignmentSet("e1", List.of(ELIGIBLE))), "assignments",
                        PanelRefusals.ASSIGNMENTS_NOT_CHOSEN),
                panel("assigned to a non-member", input(AssignmentMode.CHOSEN, 1, null, List.of("e1"), new PanelAssignmentSet("e2", List.of(ELIGIBLE))),
                        "assignments[0].evaluator", PanelRefusals.ASSIGNMENT_NOT_MEMBER),
                panel("member assigned twice", input(AssignmentMode.CHOSEN, 1, null, two, new PanelAssignmentSet("e1", List.of()),
                        new PanelAssignmentSet("e1", List.of(ELIGIBLE))), "assignments[1].evaluator", CommonRefusals.DUPLICATE),
                panel("application of another call", input(AssignmentMode.CHOSEN, 1, null, two, new PanelAssignmentSet("e1", List.of(ELIGIBLE, ELSEWHERE))),
                        "assignments[0].applicationIds[1]", PanelRefusals.ASSIGNMENT_UNKNOWN_APPLICATION),
                panel("application not eligible", input(AssignmentMode.CHOSEN, 1, null, two, new PanelAssignmentSet("e2", List.of(PENDING))),
                        "assignments[0].applicationIds[0]", PanelRefusals.ASSIGNMENT_NOT_ELIGIBLE),
                panel("application twice", input(AssignmentMode.CHOSEN, 1, null, two, new PanelAssignmentSet("e2", List.of(ELIGIBLE, ELIGIBLE))),
                        "assignments[0].applicationIds[1]", CommonRefusals.DUPLICATE),
                declaring("before the call closed", CallStatus.PUBLISHED, DeclarationState.NOT_DECLARED, false, null, "status", PanelRefusals.CALL_NOT_CLOSED),
                declaring("conflict taken back", CallStatus.CLOSED, DeclarationState.CONFLICT, false, null, "conflict", PanelRefusals.CONFLICT_FINAL),
                declaring("conflict without a note", CallStatus.CLOSED, DeclarationState.NOT_DECLARED, true, " ", "note", PanelRefusals.NOTE_REQUIRED),
                declaring("no conflict becomes conflict without a note", CallStatus.CLOSED, DeclarationState.NO_CONFLICT, true, null, "note",
                        PanelRefusals.NOTE_REQUIRED),
                declaring("note too long", CallStatus.CLOSED, DeclarationState.NOT_DECLARED, true, "x".repeat(1001), "note", CommonRefusals.TOO_LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refuses(Case c) {
        c.check();
    }

    @Test
    void everyPanelRuleRefusalHasARowOrAnApiTest() {
        Set<Refusal> tested = Refusals.covered(cases());
        // 403 before declaring, 409 for a draft call and after the decision are the services'; PanelApiTest, EvaluationApiTest and DecisionApiTest check them
        Set<Refusal> elsewhere = Set.of(PanelRefusals.DECLARATION_REQUIRED, PanelRefusals.CALL_DRAFT, PanelRefusals.DECIDED);
        assertThat(Refusals.declaredIn(PanelRefusals.class).stream().filter(r -> !elsewhere.contains(r)).collect(Collectors.toSet()))
                .isSubsetOf(tested);
    }

    @Test
    void aValidPanelPasses() {
        assertThat(PanelRules.violations(input(AssignmentMode.ALL, null, null, List.of("e1", "e2")), USERS, APPLICATIONS)).isEmpty();
        assertThat(PanelRules.violations(input(AssignmentMode.CHOSEN, 1, "1", List.of("e1", "e2"), new PanelAssignmentSet("e1", List.of(ELIGIBLE)),
                new PanelAssignmentSet("e2", List.of())), USERS, APPLICATIONS)).isEmpty();
    }

    @Test
    void declarationsFollowTheirStates() {
        assertThat(DeclarationRules.errors(CallStatus.CLOSED, DeclarationState.NOT_DECLARED, false, null)).isEmpty();
        assertThat(DeclarationRules.errors(CallStatus.CLOSED, DeclarationState.NO_CONFLICT, true, "my supervisor")).isEmpty();
        // repeating a conflict needs no new note and changes nothing
        assertThat(DeclarationRules.errors(CallStatus.CLOSED, DeclarationState.CONFLICT, true, null)).isEmpty();
        assertThat(DeclarationRules.changes(DeclarationState.CONFLICT, true)).isFalse();
        assertThat(DeclarationRules.changes(DeclarationState.NO_CONFLICT, false)).isFalse();
        assertThat(DeclarationRules.changes(DeclarationState.NO_CONFLICT, true)).isTrue();
        assertThat(DeclarationRules.changes(DeclarationState.NOT_DECLARED, false)).isTrue();
        assertThat(DeclarationRules.access(DeclarationState.NOT_DECLARED)).isEqualTo(Access.DECLARE_FIRST);
        assertThat(DeclarationRules.access(DeclarationState.NO_CONFLICT)).isEqualTo(Access.CONTENT);
        assertThat(DeclarationRules.access(DeclarationState.CONFLICT)).isEqualTo(Access.GONE);
    }
}
