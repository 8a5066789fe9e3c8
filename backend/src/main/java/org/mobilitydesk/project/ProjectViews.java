package org.mobilitydesk.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.Page;

/** The request and response bodies of the project API. */
public final class ProjectViews {

    private ProjectViews() {
    }

    @Schema(name = "ProjectBudgetAllocation", description = "The amount allocated to one partner region and budget line")
    public record AllocationInput(
            @Schema(required = true, description = "KA171 partner region, 1 to 14", examples = "10") @NotNull @Min(value = 1, message = "must be between 1 and 14") @Max(value = 14, message = "must be between 1 and 14") Integer region,
            @Schema(required = true) @NotNull BudgetLine line,
            @Schema(required = true, description = "EUR", examples = "48000.00") @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100000000", message = "must be at most 100000000") @Digits(integer = 10, fraction = 2, message = "must have at most two decimals") BigDecimal allocated) {
    }

    @Schema(name = "ProjectInput", description = "A KA171 project as the coordinator enters it")
    public record ProjectInput(
            @Schema(required = true, description = "The Commission's project number", examples = "2024-1-EE01-KA171-HED-000123456") @NotBlank @Pattern(regexp = ProjectRules.REFERENCE_PATTERN, message = "must look like 2024-1-EE01-KA171-HED-000123456") String reference,
            @Schema(required = true, examples = "2024") @NotNull @Min(value = 2014, message = "must be between 2014 and 2100") @Max(value = 2100, message = "must be between 2014 and 2100") Integer callYear,
            @Schema(required = true, description = "The EU or associated-country HEI holding the grant agreement") @NotNull UUID beneficiaryInstitutionId,
            @Schema(required = true, examples = "2024-08-01") @NotNull LocalDate startDate,
            @Schema(required = true, description = "24 or 36 months after the start, less a day", examples = "2026-07-31") @NotNull LocalDate endDate,
            @Schema(required = true, description = "The partner institutions, without the beneficiary") @NotNull @Size(min = 1, max = 200) List<@NotNull UUID> partnerInstitutionIds,
            @Schema(required = true) @NotNull @Size(max = 56) List<@NotNull @Valid AllocationInput> budget,
            @Schema(required = true, description = "FINAL_REPORT or CLOSED to record that stage; PLANNED, ONGOING or ENDED let the dates decide") @NotNull ProjectStatus status,
            @Schema(maxLength = 4000) @Size(max = 4000) String notes,
            @Schema(description = "The version loaded; required to update", examples = "0") Integer version) {
    }

    @Schema(name = "ProjectInstitution", description = "An institution taking part in a project")
    public record InstitutionRef(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "University of Tartu") String name,
            @Schema(required = true, description = "Names in other languages, keyed by ISO 639-1 code") Map<String, String> otherNames,
            @Schema(required = true, examples = "EE") String countryCode,
            @Schema(required = true, examples = "Tartu") String city) {
    }

    @Schema(name = "Project", description = "A KA171 project with its partners and budget")
    public record ProjectView(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "2024-1-EE01-KA171-HED-000123456") String reference,
            @Schema(required = true, examples = "2024") int callYear,
            @Schema(required = true) InstitutionRef beneficiary,
            @Schema(required = true) List<InstitutionRef> partners,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate endDate,
            @Schema(required = true, examples = "24") int durationMonths,
            @Schema(required = true, description = "As read: PLANNED, ONGOING and ENDED follow from the dates") ProjectStatus status,
            String notes,
            @Schema(required = true) List<AllocationInput> budget,
            @Schema(required = true, description = "EUR", examples = "96000.00") BigDecimal totalAllocated,
            @Schema(required = true) int version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy) {
    }

    @Schema(name = "ProjectRef", description = "A project named from elsewhere, e.g. from an agreement it funds")
    public record ProjectRef(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "2024-1-EE01-KA171-HED-000123456") String reference,
            @Schema(required = true, examples = "2024") int callYear,
            @Schema(required = true) ProjectStatus status) {
    }

    @Schema(name = "ProjectSummary", description = "A project in a list")
    public record ProjectSummary(@Schema(required = true) UUID id,
            @Schema(required = true) String reference,
            @Schema(required = true) int callYear,
            @Schema(required = true) InstitutionRef beneficiary,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate endDate,
            @Schema(required = true, description = "As read: PLANNED, ONGOING and ENDED follow from the dates") ProjectStatus status,
            @Schema(required = true) int partnerCount,
            @Schema(required = true) BigDecimal totalAllocated) {
    }

    @Schema(name = "ProjectPage", description = "One page of projects")
    public static class ProjectPage extends Page<ProjectSummary> {
        public ProjectPage(List<ProjectSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "ProjectBudgetFigures", description = "Allocated, committed, paid and remaining EUR")
    public record Figures(@Schema(required = true) BigDecimal allocated, @Schema(required = true) BigDecimal committed,
            @Schema(required = true) BigDecimal paid,
            @Schema(required = true, description = "Allocated less committed") BigDecimal remaining) {
    }

    @Schema(name = "ProjectBudgetRow", description = "One partner region and budget line")
    public record BudgetRow(@Schema(required = true) int region, @Schema(required = true) BudgetLine line,
            @Schema(required = true) Figures figures) {
    }

    @Schema(name = "ProjectBudgetLineTotal", description = "One budget line over all regions")
    public record LineTotal(@Schema(required = true) BudgetLine line, @Schema(required = true) Figures figures) {
    }

    @Schema(name = "ProjectBudget", description = "A project's budget: allocated, committed and paid per region and line, with totals")
    public record BudgetView(@Schema(required = true) UUID projectId, @Schema(required = true) String reference,
            @Schema(required = true) List<BudgetRow> rows, @Schema(required = true) List<LineTotal> lines,
            @Schema(required = true) Figures total) {
    }
}
