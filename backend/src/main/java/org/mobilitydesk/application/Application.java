package org.mobilitydesk.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.mobilitydesk.applicant.ProfileView;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's application to a call (table application) with its ranked partner preferences. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "applicant_subject")
    public String applicantSubject;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_email")
    public String applicantEmail;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status = ApplicationStatus.DRAFT;
    /** Partner institutions, first choice first. */
    @ElementCollection
    @CollectionTable(name = "application_preference", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "rank")
    @ListIndexBase(1)
    @Column(name = "partner_institution_id")
    public List<UUID> preferences = new ArrayList<>();
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    public String motivation;
    @Column(name = "receipt_number")
    public String receiptNumber;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    // JSON values are replaced, never changed in place
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "profile_snapshot")
    public ProfileView profileSnapshot;
    @Enumerated(EnumType.STRING)
    public EligibilityDecision eligibility = EligibilityDecision.PENDING;
    @Column(name = "eligibility_reason")
    public String eligibilityReason;
    @Column(name = "eligibility_decided_at")
    public Instant eligibilityDecidedAt;
    @Column(name = "eligibility_decided_by")
    public String eligibilityDecidedBy;
    @Column(name = "coordinator_note")
    public String coordinatorNote;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
