package org.mobilitydesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "cefr_level")
public class CefrLevel extends PanacheEntityBase {
    @Id
    public String code;
    public short ordinal;
    @Column(name = "name_en")
    public String nameEn;
}
