package org.mobilitydesk.selection.panel;

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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a call's append-only selection audit trail. */
@Entity
@Immutable
@Table(name = "selection_event")
public class SelectionEvent extends PanacheEntityBase {

    public enum Kind {
        PANEL_SET, DECLARED_NO_CONFLICT, DECLARED_CONFLICT, SCORED, ALLOCATION_RUN, DECIDED, REOPENED, PUBLISHED, ACCEPTED, DECLINED, MOVED, APPEALED,
        APPEAL_ANSWERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "application_id")
    public UUID applicationId;
    public String actor;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;
    public Instant at;

    public static void record(UUID callId, UUID applicationId, String actor, Kind kind, Map<String, Object> detail, Instant at) {
        SelectionEvent event = new SelectionEvent();
        event.callId = callId;
        event.applicationId = applicationId;
        event.actor = actor;
        event.kind = kind;
        event.detail = detail;
        event.at = at;
        event.persist();
    }
}
