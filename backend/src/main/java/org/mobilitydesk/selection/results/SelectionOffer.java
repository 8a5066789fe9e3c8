package org.mobilitydesk.selection.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mobilitydesk.selection.OutcomeStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate's present result and offer after publication (table selection_offer). */
@Entity
@Table(name = "selection_offer")
public class SelectionOffer extends PanacheEntityBase {

    public enum Response {
        PENDING, ACCEPTED, DECLINED, EXPIRED
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "call_id")
    public UUID callId;
    @Enumerated(EnumType.STRING)
    public OutcomeStatus status;
    public Integer rank;
    public BigDecimal total;
    @Column(name = "partner_id")
    public UUID partnerId;
    public Integer preference;
    @Column(name = "reserve_position")
    public Integer reservePosition;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> scores = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> explanation = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Response response;
    @Column(name = "offered_at")
    public Instant offeredAt;
    @Column(name = "respond_by")
    public Instant respondBy;
    @Column(name = "responded_at")
    public Instant respondedAt;
    @Version
    public int version;

    /** Out of the competition: declined, withdrawn or expired. */
    public boolean declined() {
        return response == Response.DECLINED || response == Response.EXPIRED;
    }
}
