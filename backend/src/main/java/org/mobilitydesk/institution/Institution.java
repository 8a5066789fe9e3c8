package org.mobilitydesk.institution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    public UUID id;
    public boolean home;
    public String name;
    // JSON values are replaced, never changed in place: immutable, Hibernate neither deep-copies nor diffs them per row
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "other_names")
    public Map<String, String> otherNames = new TreeMap<>();
    @Column(name = "erasmus_code")
    public String erasmusCode;
    @Column(name = "schac_code")
    public String schacCode;
    public String pic;
    @Column(name = "country_code", columnDefinition = "bpchar")
    public String countryCode;
    public String city;
    public double latitude;
    public double longitude;
    public String website;
    @Column(name = "time_zone")
    public String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Contact> contacts = List.of();
    public String notes;
    @Enumerated(EnumType.STRING)
    public InstitutionStatus status = InstitutionStatus.ACTIVE;
    /** Maintained by the database: names, code and city, lower-cased and without accents. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
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
