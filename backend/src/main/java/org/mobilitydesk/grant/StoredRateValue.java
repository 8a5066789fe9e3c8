package org.mobilitydesk.grant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One value of a stored rate-table version (table rate_value). */
@Entity
@Table(name = "rate_value")
public class StoredRateValue extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "rate_table_id") UUID rateTableId, String item, String qualifier) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @MapsId("rateTableId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rate_table_id")
    public StoredRateTable rateTable;
    public BigDecimal amount;
    public String confidence;
    @Column(name = "source_kind")
    public String sourceKind;
    @Column(name = "source_edition")
    public Integer sourceEdition;
    @Column(name = "source_note")
    public String sourceNote;

    static StoredRateValue of(StoredRateTable table, RateValue value) {
        StoredRateValue stored = new StoredRateValue();
        stored.id = new Key(table.id, value.key().item().name(), value.key().qualifier());
        stored.rateTable = table;
        stored.amount = value.amount();
        stored.confidence = value.confidence().name();
        stored.sourceKind = value.source().kind().name();
        stored.sourceEdition = value.source().edition();
        stored.sourceNote = value.source().note();
        return stored;
    }

    RateValue toRateValue() {
        return new RateValue(new RateKey(RateItem.valueOf(id.item()), id.qualifier()), amount, Confidence.valueOf(confidence),
                new RateSource(RateSource.Kind.valueOf(sourceKind), sourceEdition, sourceNote));
    }
}
