package org.mobilitydesk.agreement;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of an agreement's append-only history. */
@Entity
@Immutable
@Table(name = "agreement_transition")
public class AgreementTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agreement_id")
    public UUID agreementId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public AgreementAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AgreementStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public AgreementStatus toStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "amendment_status")
    public AmendmentStatus amendmentStatus;
    @Column(name = "conditions_number")
    public int conditionsNumber;
    @Column(name = "content_hash")
    public String contentHash;
    public String comment;
}
