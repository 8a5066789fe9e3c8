package org.mobilitydesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "eqf_level")
public class EqfLevel extends PanacheEntityBase {
    @Id
    public short level;
    @Column(name = "name_en")
    public String nameEn;
}
