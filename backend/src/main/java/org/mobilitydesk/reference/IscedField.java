package org.mobilitydesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "isced_field")
public class IscedField extends PanacheEntityBase {
    @Id
    public String code;
    public String level;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "parent_code")
    public String parentCode;
}
