package org.mobilitydesk.grant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The rate tables stored in the database: a call year's table is its newest version. The values of a version never
 * change, so they are read once per version and kept; which version is the newest is asked each time, so a version
 * made by another instance counts at once.
 */
@ApplicationScoped
public class RateTableStore implements RateTables {

    private final Map<UUID, RateTable> tables = new ConcurrentHashMap<>();

    @Override
    @Transactional
    public Optional<RateTable> forCallYear(int callYear) {
        return StoredRateTable.getEntityManager()
                .createQuery("select t.id from StoredRateTable t where t.callYear = :callYear order by t.version desc", UUID.class)
                .setParameter("callYear", callYear).setMaxResults(1).getResultStream().findFirst()
                .map(id -> tables.computeIfAbsent(id, key -> StoredRateTable.<StoredRateTable>findById(key).withValues().toRateTable()));
    }

    @Transactional
    public Optional<StoredRateTable> newest(int callYear) {
        return StoredRateTable.<StoredRateTable>find("callYear = ?1 order by version desc", callYear).firstResultOptional()
                .map(StoredRateTable::withValues);
    }

    @Transactional
    public Optional<StoredRateTable> version(int callYear, int version) {
        return StoredRateTable.<StoredRateTable>find("callYear = ?1 and version = ?2", callYear, version).firstResultOptional()
                .map(StoredRateTable::withValues);
    }

    @Transactional
    public List<StoredRateTable> all() {
        return StoredRateTable.list("order by callYear desc, version desc");
    }

    /** The keys of the values each version leaves empty, by version id, in one query. */
    @Transactional
    public Map<UUID, List<RateKey>> unknownKeys() {
        return StoredRateValue.getEntityManager()
                .createQuery("select v.id from StoredRateValue v where v.amount is null", StoredRateValue.Key.class).getResultStream()
                .collect(Collectors.groupingBy(StoredRateValue.Key::rateTableId,
                        Collectors.mapping(k -> new RateKey(RateItem.valueOf(k.item()), k.qualifier()), Collectors.toList())));
    }
}
