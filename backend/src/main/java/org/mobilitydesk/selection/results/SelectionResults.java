package org.mobilitydesk.selection.results;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A call's published results (table selection_results). */
@Entity
@Immutable
@Table(name = "selection_results")
public class SelectionResults extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "run_id")
    public UUID runId;
    @Column(name = "response_days")
    public int responseDays;
    @Column(name = "appeal_days")
    public int appealDays;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_by_name")
    public String publishedByName;
    @Column(name = "published_at")
    public Instant publishedAt;
}
