package org.mobilitydesk.grant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One stored version of a call year's rates (table rate_table); never changed once written, but for its status. */
@Entity
@Table(name = "rate_table")
public class StoredRateTable extends PanacheEntityBase {
    static final String DRAFT = "DRAFT";
    static final String FINAL = "FINAL";

    @Id
    public UUID id;
    @Column(name = "call_year")
    public int callYear;
    public int version;
    public String status;
    /** Installed with Mobility Desk: no reason and no author. */
    public boolean seeded;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "finalised_at")
    public Instant finalisedAt;
    @Column(name = "finalised_by")
    public String finalisedBy;
    @OneToMany(mappedBy = "rateTable", fetch = FetchType.LAZY)
    public List<StoredRateValue> values = new ArrayList<>();

    /** Loads the values while the session is open, so the table can be used after the transaction. */
    StoredRateTable withValues() {
        Hibernate.initialize(values);
        return this;
    }

    RateTable toRateTable() {
        return RateTable.of(callYear, version, values.stream().map(StoredRateValue::toRateValue).toList());
    }
}
