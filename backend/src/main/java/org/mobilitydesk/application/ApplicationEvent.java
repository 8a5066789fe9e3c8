package org.mobilitydesk.application;

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

/** One entry of an application's append-only timeline. */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public ApplicationEventKind kind;
    /** The reason of an eligibility decision or of a call change; absent otherwise. */
    public String detail;
    /** The decision of an ELIGIBILITY_DECIDED entry; absent otherwise. */
    @Enumerated(EnumType.STRING)
    public EligibilityDecision decision;
}
