package org.mobilitydesk.reference;

import jakarta.persistence.Column;
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
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_ky")
    public String nameKy;
    @Column(name = "name_kk")
    public String nameKk;
}
