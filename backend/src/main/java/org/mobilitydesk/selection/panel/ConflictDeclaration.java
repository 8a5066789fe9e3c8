package org.mobilitydesk.selection.panel;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An evaluator's current declaration of interest for one application; its history is in the selection events. */
@Entity
@Table(name = "conflict_declaration")
@IdClass(ConflictDeclaration.Key.class)
public class ConflictDeclaration extends PanacheEntityBase {

    public record Key(UUID applicationId, String evaluatorSubject) implements Serializable {
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Id
    @Column(name = "evaluator_subject")
    public String evaluatorSubject;
    @Column(name = "call_id")
    public UUID callId;
    public boolean conflict;
    public String note;
    @Column(name = "declared_at")
    public Instant declaredAt;

    public PanelCoverage.Declaration declaration() {
        return new PanelCoverage.Declaration(conflict, note, declaredAt);
    }
}
