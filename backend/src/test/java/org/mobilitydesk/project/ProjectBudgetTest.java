package org.mobilitydesk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.project.ProjectBudget.Allocation;
import org.mobilitydesk.project.ProjectBudget.Kind;
import org.mobilitydesk.project.ProjectBudget.Movement;
import org.mobilitydesk.project.ProjectViews.BudgetRow;
import org.mobilitydesk.project.ProjectViews.Figures;
import org.mobilitydesk.project.ProjectViews.LineTotal;

class ProjectBudgetTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static Figures figures(String allocated, String committed, String paid, String remaining) {
        return new Figures(eur(allocated), eur(committed), eur(paid), eur(remaining));
    }

    @Test
    void addsUpPerRegionAndLinePerLineAndInTotal() {
        ProjectBudget budget = new ProjectBudget(
                List.of(new Allocation(10, BudgetLine.TRAVEL, eur("1000.00")), new Allocation(4, BudgetLine.TRAVEL, eur("500.00")),
                        new Allocation(10, BudgetLine.INDIVIDUAL_SUPPORT, eur("8000.00"))),
                List.of(new Movement(10, BudgetLine.TRAVEL, Kind.COMMITTED, eur("580.00")),
                        new Movement(10, BudgetLine.TRAVEL, Kind.COMMITTED, eur("395.00")),
                        new Movement(10, BudgetLine.TRAVEL, Kind.PAID, eur("580.00")),
                        new Movement(6, BudgetLine.INCLUSION_SUPPORT, Kind.COMMITTED, eur("100.00"))));

        assertThat(budget.rows()).containsExactly(
                new BudgetRow(4, BudgetLine.TRAVEL, figures("500.00", "0", "0", "500.00")),
                new BudgetRow(6, BudgetLine.INCLUSION_SUPPORT, figures("0", "100.00", "0", "-100.00")),
                new BudgetRow(10, BudgetLine.TRAVEL, figures("1000.00", "975.00", "580.00", "25.00")),
                new BudgetRow(10, BudgetLine.INDIVIDUAL_SUPPORT, figures("8000.00", "0", "0", "8000.00")));
        assertThat(budget.lines()).containsExactly(
                new LineTotal(BudgetLine.ORGANISATIONAL_SUPPORT, figures("0", "0", "0", "0")),
                new LineTotal(BudgetLine.TRAVEL, figures("1500.00", "975.00", "580.00", "525.00")),
                new LineTotal(BudgetLine.INDIVIDUAL_SUPPORT, figures("8000.00", "0", "0", "8000.00")),
                new LineTotal(BudgetLine.INCLUSION_SUPPORT, figures("0", "100.00", "0", "-100.00")));
        assertThat(budget.total()).isEqualTo(figures("9500.00", "1075.00", "580.00", "8425.00"));
    }
}
