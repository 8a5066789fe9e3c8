package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.selection.panel.PanelCoverage.Declaration;
import org.mobilitydesk.selection.panel.PanelCoverage.Key;
import org.mobilitydesk.selection.panel.PanelCoverage.Totals;

class PanelCoverageTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final Instant AT = Instant.parse("2027-04-01T06:00:00Z");

    /** One table row: a panel, its declarations ("e1:A:conflict", "e2:B:clear"), the expected shortfall per application (A, B) and totals. */
    record Row(String name, int minimum, Assignments assignments, List<String> declared, List<Integer> missing, Totals totals) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Assignments all(String... members) {
        return new Assignments(AssignmentMode.ALL, List.of(members), Map.of());
    }

    private static Assignments chosen(Map<String, Set<UUID>> chosen, String... members) {
        return new Assignments(AssignmentMode.CHOSEN, List.of(members), chosen);
    }

    static Stream<Row> table() {
        return Stream.of(
                new Row("no panel: every application lacks the minimum", 2, Assignments.NONE, List.of(), List.of(2, 2), new Totals(2, 0, 2, 4, 0, 0)),
                new Row("two members, all to all, nobody declared: covered, four pending", 2, all("e1", "e2"), List.of(), List.of(0, 0),
                        new Totals(2, 2, 0, 0, 4, 0)),
                new Row("a conflict on A leaves it one short", 2, all("e1", "e2"), List.of("e1:A:conflict", "e2:A:clear"), List.of(1, 0),
                        new Totals(2, 1, 1, 1, 2, 1)),
                new Row("no conflict counts like not declared yet", 2, all("e1", "e2"), List.of("e1:A:clear", "e2:A:clear", "e1:B:clear"),
                        List.of(0, 0), new Totals(2, 2, 0, 0, 1, 0)),
                new Row("both in conflict on B: two short", 2, all("e1", "e2", "e3"), List.of("e1:B:conflict", "e2:B:conflict"), List.of(0, 1),
                        new Totals(2, 1, 1, 1, 4, 2)),
                new Row("minimum above the panel size", 3, all("e1", "e2"), List.of(), List.of(1, 1), new Totals(2, 0, 2, 2, 4, 0)),
                new Row("more evaluators than needed absorb a conflict", 1, all("e1", "e2"), List.of("e1:A:conflict"), List.of(0, 0),
                        new Totals(2, 2, 0, 0, 3, 1)),
                new Row("chosen: only the assigned count", 2, chosen(Map.of("e1", Set.of(A, B), "e2", Set.of(A)), "e1", "e2"), List.of(), List.of(0, 1),
                        new Totals(2, 1, 1, 1, 3, 0)),
                new Row("chosen: a declaration by someone not assigned is ignored", 1, chosen(Map.of("e1", Set.of(A)), "e1", "e2"),
                        List.of("e2:B:conflict"), List.of(0, 1), new Totals(2, 1, 1, 1, 1, 0)),
                new Row("a former member's declaration is ignored", 1, all("e1"), List.of("e9:A:conflict"), List.of(0, 0), new Totals(2, 2, 0, 0, 2, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void coverage(Row row) {
        Map<Key, Declaration> declarations = new HashMap<>();
        for (String d : row.declared()) {
            String[] parts = d.split(":");
            declarations.put(new Key(parts[1].equals("A") ? A : B, parts[0]), new Declaration(parts[2].equals("conflict"), "note", AT));
        }
        PanelCoverage.Result result = PanelCoverage.of(row.minimum(), row.assignments(), List.of(A, B), declarations);
        assertThat(result.rows()).extracting(PanelCoverage.Row::missing).containsExactlyElementsOf(row.missing());
        assertThat(result.totals()).isEqualTo(row.totals());
        for (PanelCoverage.Row r : result.rows()) {
            // every assigned evaluator is in exactly one of the three lists
            assertThat(r.noConflict().size() + r.conflicts().size() + r.notDeclared().size()).isEqualTo(r.assigned().size());
        }
    }

    @Test
    void listsWhoIsWhere() {
        PanelCoverage.Row a = PanelCoverage.of(2, all("e1", "e2"), List.of(A, B),
                Map.of(new Key(A, "e1"), new Declaration(true, "my student", AT), new Key(A, "e2"), new Declaration(false, null, AT))).rows().get(0);
        assertThat(a.assigned()).containsExactly("e1", "e2");
        assertThat(a.conflicts()).containsExactly("e1");
        assertThat(a.noConflict()).containsExactly("e2");
        assertThat(a.notDeclared()).isEmpty();
    }
}
