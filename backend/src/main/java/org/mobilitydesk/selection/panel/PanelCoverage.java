package org.mobilitydesk.selection.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How well a panel covers a call's eligible applications: per application, who is assigned, who declared no conflict,
 * who declared a conflict and who has not declared yet, and how many evaluators are missing to reach the minimum once
 * the conflicts are taken off. Declarations of people no longer assigned are ignored. Pure.
 */
public final class PanelCoverage {

    /** A declaration as stored: conflict or not, with its note and instant. */
    public record Declaration(boolean conflict, String note, Instant declaredAt) {
    }

    /** Who declared for which application. */
    public record Key(UUID application, String evaluator) {
    }

    public record Row(UUID application, List<String> assigned, List<String> noConflict, List<String> conflicts, List<String> notDeclared,
            int missing) {
    }

    public record Totals(int applications, int covered, int shortApplications, int missingEvaluations, int pendingDeclarations,
            int conflicts) {
    }

    public record Result(List<Row> rows, Totals totals) {
    }

    private PanelCoverage() {
    }

    /** The coverage of these applications (in their order) for a panel needing minimum evaluators each. */
    public static Result of(int minimum, Assignments assignments, List<UUID> applications, Map<Key, Declaration> declarations) {
        List<Row> rows = new ArrayList<>();
        int covered = 0;
        int missingTotal = 0;
        int pending = 0;
        int conflicts = 0;
        for (UUID application : applications) {
            List<String> assigned = assignments.evaluatorsOf(application);
            List<String> noConflict = new ArrayList<>();
            List<String> conflicted = new ArrayList<>();
            List<String> notDeclared = new ArrayList<>();
            for (String evaluator : assigned) {
                Declaration d = declarations.get(new Key(application, evaluator));
                (d == null ? notDeclared : d.conflict() ? conflicted : noConflict).add(evaluator);
            }
            int missing = Math.max(0, minimum - (assigned.size() - conflicted.size()));
            rows.add(new Row(application, assigned, noConflict, conflicted, notDeclared, missing));
            covered += missing == 0 ? 1 : 0;
            missingTotal += missing;
            pending += notDeclared.size();
            conflicts += conflicted.size();
        }
        return new Result(rows, new Totals(applications.size(), covered, applications.size() - covered, missingTotal, pending, conflicts));
    }
}
