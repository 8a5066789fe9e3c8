package org.mobilitydesk.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallParts.RequiredDocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mobility call (table mobility_call) with its places per partner; the other parts are JSON values. */
@Entity
@Table(name = "mobility_call")
public class Call extends PanacheEntityBase {

    @Embeddable
    public record Place(@Column(name = "partner_institution_id") UUID partnerInstitutionId, int places,
            @Column(name = "override_reason") String overrideReason) {
    }

    @Id
    public UUID id;
    /** DRAFT or PUBLISHED; see {@link CallLifecycle#effective} for CLOSED. */
    @Enumerated(EnumType.STRING)
    public CallStatus status = CallStatus.DRAFT;
    // JSON values are replaced, never changed in place
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, String> title = new TreeMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, String> description = new TreeMap<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "mobility_type")
    public CallMobilityType mobilityType;
    @Enumerated(EnumType.STRING)
    public CallDirection direction;
    @Column(name = "academic_year")
    public String academicYear;
    @Column(name = "project_id")
    public UUID projectId;
    @ElementCollection
    @CollectionTable(name = "mobility_call_place", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Place> places = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Eligibility eligibility = Eligibility.NONE;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<RequiredDocument> documents = List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Criterion> criteria = List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public RankingRules ranking = RankingRules.NONE;
    @Column(name = "max_preferences")
    public int maxPreferences;
    @Column(name = "opens_at")
    public Instant opensAt;
    public Instant deadline;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    CallContent content() {
        return new CallContent(title, description, mobilityType, direction, academicYear, projectId,
                places.stream().map(p -> new CallParts.Place(p.partnerInstitutionId(), p.places(), p.overrideReason())).toList(),
                eligibility, documents, criteria, ranking, maxPreferences, opensAt, deadline);
    }

    void apply(CallContent content) {
        title = content.title();
        description = content.description();
        mobilityType = content.mobilityType();
        direction = content.direction();
        academicYear = content.academicYear();
        projectId = content.projectId();
        places.clear();
        content.places().forEach(p -> places.add(new Place(p.partnerInstitutionId(), p.places(), p.overrideReason())));
        eligibility = content.eligibility();
        documents = content.documents();
        criteria = content.criteria();
        ranking = content.ranking();
        maxPreferences = content.maxPreferences();
        opensAt = content.opensAt();
        deadline = content.deadline();
    }

    CallStatus effectiveStatus(Instant now) {
        return CallLifecycle.effective(status, deadline, now);
    }
}
