package org.mobilitydesk.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "institution_webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    @Column(name = "institution_id")
    public UUID institutionId;
    public String url;
    public String secret;
    @Column(name = "secret_created_at")
    public Instant secretCreatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
