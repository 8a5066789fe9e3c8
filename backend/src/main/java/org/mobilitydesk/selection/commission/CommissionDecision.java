package org.mobilitydesk.selection.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A competition commission's decision on a call (table commission_decision): in force until reopened. */
@Entity
@Table(name = "commission_decision")
public class CommissionDecision extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "run_id")
    public UUID runId;
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> members;
    public String remarks;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "reopened_reason")
    public String reopenedReason;
    @Column(name = "reopened_by")
    public String reopenedBy;
    @Column(name = "reopened_by_name")
    public String reopenedByName;
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    public boolean inForce() {
        return reopenedAt == null;
    }
}
