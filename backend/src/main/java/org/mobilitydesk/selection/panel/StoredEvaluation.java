package org.mobilitydesk.selection.panel;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mobilitydesk.selection.Evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One evaluator's scores for one application: a draft until submitted, fixed after (table evaluation); the domain reads it as an {@link Evaluation}. */
@Entity
@Table(name = "evaluation")
@IdClass(StoredEvaluation.Key.class)
public class StoredEvaluation extends PanacheEntityBase {

    public enum Status {
        DRAFT, SUBMITTED
    }

    public record Key(UUID applicationId, String evaluatorSubject) implements Serializable {
    }

    /** The score of one evaluator-scored criterion, by its index in the call's criteria. */
    public record Score(int criterion, int score, String comment) {
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Id
    @Column(name = "evaluator_subject")
    public String evaluatorSubject;
    @Column(name = "call_id")
    public UUID callId;
    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Score> scores = new ArrayList<>();
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    /** As the domain's scoring reads it: scores by criterion key (the index). */
    public Evaluation domain() {
        Map<String, Integer> byKey = new HashMap<>();
        scores.forEach(s -> byKey.put(ScoringRules.key(s.criterion()), s.score()));
        return new Evaluation(UUID.nameUUIDFromBytes(evaluatorSubject.getBytes(StandardCharsets.UTF_8)), submitted(), byKey);
    }
}
