package org.mobilitydesk.selection.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mobilitydesk.selection.RankingRule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored allocation run of a call (table selection_run); its outcomes are rows of selection_outcome. */
@Entity
@Immutable
@Table(name = "selection_run")
public class SelectionRun extends PanacheEntityBase {

    /** A partner's places and the applications placed there, in rank order. */
    public record Fill(UUID partnerId, int places, List<UUID> placed) {
    }

    @Id
    public UUID id;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "rules_version")
    public String rulesVersion;
    /** The run's SelectionInput as JSON, as hashed; large (about 1 MB for 2,000 candidates), so read only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> input;
    @Column(name = "input_hash")
    public String inputHash;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tie_breaks")
    public List<RankingRule> tieBreaks;
    @Column(name = "heaviest_criterion")
    public int heaviestCriterion;
    @Column(name = "fewer_opportunities_first")
    public boolean fewerOpportunitiesFirst;
    @Column(name = "minimum_total")
    public BigDecimal minimumTotal;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Fill> partners;
    @Column(name = "ranked_count")
    public int rankedCount;
    @Column(name = "placed_count")
    public int placedCount;
    @Column(name = "reserve_count")
    public int reserveCount;
    @Column(name = "not_selected_count")
    public int notSelectedCount;
    @Column(name = "incomplete_count")
    public int incompleteCount;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_by_name")
    public String createdByName;
    @Column(name = "created_at")
    public Instant createdAt;
}
