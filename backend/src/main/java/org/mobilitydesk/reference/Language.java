package org.mobilitydesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "language")
public class Language extends PanacheEntityBase {
    @Id
    @Column(columnDefinition = "bpchar")
    public String code;
    @Embedded
    public LocalizedNames names;
}
