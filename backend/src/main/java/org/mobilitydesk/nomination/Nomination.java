package org.mobilitydesk.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.mobilitydesk.agreement.AgreementMobilityType;
import org.mobilitydesk.call.CallMobilityType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate nominated to the receiving institution under an agreement's flow (table nomination). */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public NominationDirection direction;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "partner_institution_id")
    public UUID partnerInstitutionId;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "flow_type")
    public AgreementMobilityType flowType;
    @Column(name = "academic_year")
    public String academicYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "mobility_type")
    public CallMobilityType mobilityType;
    @Column(name = "agreement_first_year")
    public String agreementFirstYear;
    @Column(name = "agreement_last_year")
    public String agreementLastYear;
    // JSON values are replaced, never changed in place
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public NominationViews.Participant participant;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "document_ids")
    public List<UUID> documentIds = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public NominationStatus status;
    @Column(name = "override_reason")
    public String overrideReason;
    public String reason;
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
}
