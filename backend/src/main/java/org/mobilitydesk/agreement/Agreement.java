package org.mobilitydesk.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "home_institution_id")
    public UUID homeInstitutionId;
    @Column(name = "partner_institution_id")
    public UUID partnerInstitutionId;
    // JSON values are replaced, never changed in place
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "home_side")
    public AgreementSide home = AgreementSide.EMPTY;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "partner_side")
    public AgreementSide partner = AgreementSide.EMPTY;
    @Column(name = "first_academic_year")
    public String firstAcademicYear;
    @Column(name = "last_academic_year")
    public String lastAcademicYear;
    public String notes;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status = AgreementStatus.DRAFT;
    /** The state of the amendment of an agreement in force, while one is in progress (then the current conditions are the amendment's). */
    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_status")
    public AmendmentStatus amendmentStatus;
    @Column(name = "conditions_number")
    public int conditionsNumber;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "flow_count")
    public int flowCount;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mobility_types")
    public String[] mobilityTypes = new String[0];
    @Column(name = "signed_hash")
    public String signedHash;
    @Column(name = "approved_number")
    public Integer approvedNumber;
    @Column(name = "approved_hash")
    public String approvedHash;
    @Column(name = "termination_date")
    public LocalDate terminationDate;
    @Column(name = "termination_reason")
    public String terminationReason;
    @Column(name = "termination_override_reason")
    public String terminationOverrideReason;
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
    @ElementCollection
    @CollectionTable(name = "agreement_project", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "project_id")
    public Set<UUID> projectIds = new LinkedHashSet<>();
}
