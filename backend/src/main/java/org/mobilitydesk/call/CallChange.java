package org.mobilitydesk.call;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a published call's append-only change log: its publication, then every change with its reason. */
@Entity
@Immutable
@Table(name = "mobility_call_change")
public class CallChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "call_id")
    public UUID callId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public CallAction action;
    public String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public String[] changedFields;
    /** The call as it was after this entry. */
    @JdbcTypeCode(SqlTypes.JSON)
    public CallContent content;
}
