package org.mobilitydesk.grant;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The rate tables stored in the database: a call year's table is its newest version. */
@ApplicationScoped
public class RateTableStore implements RateTables {

    @Override
    @Transactional
    public Optional<RateTable> forCallYear(int callYear) {
        return newest(callYear).map(StoredRateTable::toRateTable);
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
}
