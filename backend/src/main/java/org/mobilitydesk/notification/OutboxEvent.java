package org.mobilitydesk.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "institution_id")
    public UUID institutionId;
    public String type;
    @Column(name = "subject_id")
    public UUID subjectId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public JsonNode payload;
    @Column(name = "created_at")
    public Instant createdAt;
    @Enumerated(EnumType.STRING)
    public OutboxStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "resent_at")
    public Instant resentAt;
    @Column(name = "resent_by")
    public String resentBy;

    /** Not sent, because the institution has no webhook. */
    void skip() {
        status = OutboxStatus.SKIPPED;
        nextAttemptAt = null;
        lastError = "no webhook configured";
    }
}
