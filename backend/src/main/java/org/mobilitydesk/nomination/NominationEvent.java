package org.mobilitydesk.nomination;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a nomination's append-only trail. */
@Entity
@Immutable
@Table(name = "nomination_event")
public class NominationEvent extends PanacheEntityBase {

    @Schema(name = "NominationEventKind", description = "What changed")
    public enum Kind {
        NOMINATED, ACCEPTED, REJECTED, CANCELLED, PERIOD_CHANGED, PLACE_FREED, LETTER_ATTACHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "nomination_id")
    public UUID nominationId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NominationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public NominationStatus toStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;

    static void record(Nomination n, NominationStatus from, Kind kind, String actor, Map<String, Object> detail, Instant at) {
        NominationEvent event = new NominationEvent();
        event.nominationId = n.id;
        event.at = at;
        event.actor = actor;
        event.kind = kind;
        event.fromStatus = from;
        event.toStatus = n.status;
        event.detail = detail;
        event.persist();
    }
}
