package org.mobilitydesk.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.mobilitydesk.project.ProjectViews.BudgetRow;
import org.mobilitydesk.project.ProjectViews.Figures;
import org.mobilitydesk.project.ProjectViews.LineTotal;

/** Adds a project's allocations and its committed and paid movements up per region and line, per line and in total. */
public final class ProjectBudget {

    public enum Kind {
        COMMITTED, PAID
    }

    public record Allocation(int region, BudgetLine line, BigDecimal amount) {
    }

    public record Movement(int region, BudgetLine line, Kind kind, BigDecimal amount) {
    }

    private record Key(int region, BudgetLine line) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::region).thenComparing(Key::line);

    private final Map<Key, BigDecimal[]> sums = new TreeMap<>(ORDER);

    public ProjectBudget(List<Allocation> allocations, List<Movement> movements) {
        allocations.forEach(a -> add(new Key(a.region(), a.line()), 0, a.amount()));
        movements.forEach(m -> add(new Key(m.region(), m.line()), m.kind() == Kind.COMMITTED ? 1 : 2, m.amount()));
    }

    private void add(Key key, int column, BigDecimal amount) {
        BigDecimal[] row = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
        row[column] = row[column].add(amount);
    }

    public List<BudgetRow> rows() {
        List<BudgetRow> rows = new ArrayList<>();
        sums.forEach((key, row) -> rows.add(new BudgetRow(key.region(), key.line(), figures(row))));
        return rows;
    }

    public List<LineTotal> lines() {
        List<LineTotal> lines = new ArrayList<>();
        for (BudgetLine line : BudgetLine.values()) {
            lines.add(new LineTotal(line, total(key -> key.line() == line)));
        }
        return lines;
    }

    public Figures total() {
        return total(key -> true);
    }

    private Figures total(Function<Key, Boolean> which) {
        BigDecimal[] total = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        sums.forEach((key, row) -> {
            if (which.apply(key)) {
                for (int i = 0; i < 3; i++) {
                    total[i] = total[i].add(row[i]);
                }
            }
        });
        return figures(total);
    }

    private static Figures figures(BigDecimal[] row) {
        return new Figures(row[0], row[1], row[2], row[0].subtract(row[1]));
    }
}
