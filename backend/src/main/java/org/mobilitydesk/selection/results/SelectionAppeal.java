package org.mobilitydesk.selection.results;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate's appeal against their result and its answer (table selection_appeal). */
@Entity
@Table(name = "selection_appeal")
public class SelectionAppeal extends PanacheEntityBase {

    public enum Decision {
        UPHELD, REJECTED
    }

    @Id
    public UUID id;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "application_id")
    public UUID applicationId;
    public String text;
    @Column(name = "lodged_at")
    public Instant lodgedAt;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_by_name")
    public String answeredByName;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
