package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.mobilitydesk.grant.GrantViews.CalculationInput;
import org.mobilitydesk.grant.GrantViews.CalculationView;
import org.mobilitydesk.grant.GrantViews.EstimateView;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored calculation (table grant_calculation); written once, never changed. */
@Entity
@Table(name = "grant_calculation")
public class GrantCalculation extends PanacheEntityBase {
    @Id
    public UUID id;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public CalculationInput input;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public EstimateView result;
    @Column(name = "call_year")
    public int callYear;
    @Column(name = "rate_table_version")
    public int rateTableVersion;
    @Column(name = "participant_total")
    public BigDecimal participantTotal;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    CalculationView view() {
        return new CalculationView(id, input, result, createdAt, createdBy);
    }
}
