package org.mobilitydesk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mobilitydesk.project.ProjectRules.Budget;
import org.mobilitydesk.project.ProjectRules.Draft;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusal;
import org.mobilitydesk.common.Refusals;

class ProjectRulesTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final UUID BENEFICIARY = UUID.randomUUID();

    private static Draft draft(String reference, String country, LocalDate start, LocalDate end) {
        return new Draft(reference, 2024, BENEFICIARY, country, true, HOME, List.of(HOME), start, end,
                List.of(new Budget(10, BudgetLine.TRAVEL)));
    }

    @Test
    void aValidProjectHasNoProblems() {
        assertThat(ProjectRules.problems(draft(" 2024-1-ee01-ka171-hed-000123456 ", "EE", LocalDate.of(2024, 8, 1), LocalDate.of(2026, 7, 31))))
                .isEmpty();
        assertThat(ProjectRules.canonicalReference(" 2024-1-ee01-ka171-hed-000123456 ")).isEqualTo("2024-1-EE01-KA171-HED-000123456");
    }

    @Test
    void greeceIsElInNationalAgencyCodes() {
        assertThat(ProjectRules.problems(draft("2024-1-EL01-KA171-HED-000000001", "GR", LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31))))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "2024-08-01, 2026-07-31, 24", "2024-08-01, 2027-07-31, 36", "2024-02-29, 2026-02-27, 24", "2024-01-31, 2026-01-30, 24",
            "2024-08-01, 2026-08-01, ", "2024-08-01, 2026-07-30, ", "2024-08-01, 2025-07-31, " })
    void aProjectLasts24Or36MonthsEndingTheDayBefore(LocalDate start, LocalDate end, Integer months) {
        assertThat(ProjectRules.months(start, end)).isEqualTo(months);
    }

    @Test
    void everyBrokenRuleIsNamed() {
        UUID other = UUID.randomUUID();
        Draft broken = new Draft("2023-1-IT02-KA171-HED-000000001", 2024, BENEFICIARY, "EE", false, HOME,
                List.of(other, BENEFICIARY, other), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                List.of(new Budget(3, BudgetLine.TRAVEL), new Budget(3, BudgetLine.TRAVEL), new Budget(3, BudgetLine.INDIVIDUAL_SUPPORT)));
        List<FieldError> problems = ProjectRules.problems(broken);
        assertThat(problems).extracting(FieldError::field).containsExactly("reference", "reference",
                "beneficiaryInstitutionId", "endDate", "startDate", "partnerInstitutionIds[1]", "partnerInstitutionIds[2]",
                "partnerInstitutionIds", "budget[1]");
        for (int i = 0; i < problems.size(); i++) {
            Refusals.refused(problems.get(i).field(), () -> problems, problems.get(i).field(), REFUSED_AS.get(i)).check();
        }
        assertThat(problems).extracting(FieldError::code).containsExactlyElementsOf(REFUSED_AS.stream().map(Refusal::code).toList());
    }

    /** The refusals of everyBrokenRuleIsNamed in order: every one of the rules (the service's funded partners: AgreementProjectLinkTest). */
    private static final List<Refusal> REFUSED_AS = List.of(ProjectRefusals.REFERENCE_YEAR, ProjectRefusals.REFERENCE_AGENCY,
            ProjectRefusals.BENEFICIARY_NOT_PROGRAMME, ProjectRefusals.DURATION, ProjectRefusals.START_YEAR, ProjectRefusals.PARTNER_IS_BENEFICIARY,
            CommonRefusals.DUPLICATE, ProjectRefusals.HOME_NOT_INCLUDED, ProjectRefusals.BUDGET_LINE_TWICE);

    @Test
    void everyRefusalOfTheRulesIsInTheTable() {
        assertThat(REFUSED_AS).containsAll(Refusals.declaredIn(ProjectRefusals.class).stream()
                .filter(r -> r != ProjectRefusals.FUNDED_PARTNERS).toList());
    }

    @Test
    void theHomeInstitutionMayBeTheBeneficiary() {
        Draft homeLeads = new Draft("2024-1-EE01-KA171-HED-000000001", 2024, HOME, "EE", true, HOME, List.of(UUID.randomUUID()),
                LocalDate.of(2025, 6, 1), LocalDate.of(2027, 5, 31), List.of());
        assertThat(ProjectRules.problems(homeLeads)).isEmpty();
    }
}
