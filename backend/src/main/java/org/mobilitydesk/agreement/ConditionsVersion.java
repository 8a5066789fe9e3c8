package org.mobilitydesk.agreement;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an agreement's conditions; written once, never changed. */
@Entity
@Immutable
@Table(name = "agreement_conditions")
@IdClass(ConditionsVersion.Key.class)
public class ConditionsVersion extends PanacheEntityBase {

    public record Key(UUID agreementId, int number) implements Serializable {
    }

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Id
    public int number;
    @JdbcTypeCode(SqlTypes.JSON)
    public Conditions conditions;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
