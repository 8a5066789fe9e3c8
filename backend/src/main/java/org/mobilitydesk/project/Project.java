package org.mobilitydesk.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A KA171 project (table ka171_project) with its partners and budget allocations. */
@Entity
@Table(name = "ka171_project")
public class Project extends PanacheEntityBase {

    @Embeddable
    public record Allocation(short region, @Enumerated(EnumType.STRING) BudgetLine line, BigDecimal allocated) {
    }

    @Id
    public UUID id;
    public String reference;
    @Column(name = "call_year")
    public int callYear;
    @Column(name = "beneficiary_institution_id")
    public UUID beneficiaryId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    public String notes;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @ElementCollection
    @CollectionTable(name = "ka171_project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "institution_id")
    public Set<UUID> partnerIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "ka171_project_budget", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("region, line")
    public List<Allocation> budget = new ArrayList<>();

    BigDecimal totalAllocated() {
        return budget.stream().map(Allocation::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
