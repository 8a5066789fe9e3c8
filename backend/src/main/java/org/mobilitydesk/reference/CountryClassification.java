package org.mobilitydesk.reference;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country's KA171 receiving group and partner region for a range of call years (open-ended when lastCallYear is null). */
@Entity
@Table(name = "country_classification")
public class CountryClassification extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "country_code", columnDefinition = "bpchar") String countryCode,
            @Column(name = "first_call_year") int firstCallYear) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @Column(name = "last_call_year")
    public Integer lastCallYear;
    @Column(name = "receiving_group")
    public Short receivingGroup;
    @Column(name = "partner_region")
    public Short partnerRegion;
    @Column(name = "region_confidence")
    public String regionConfidence;

    public boolean covers(int callYear) {
        return id.firstCallYear() <= callYear && (lastCallYear == null || lastCallYear >= callYear);
    }
}
