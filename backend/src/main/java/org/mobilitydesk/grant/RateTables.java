package org.mobilitydesk.grant;

import java.util.Optional;

/** Where the calculator finds the rate table in force for a call year. */
@FunctionalInterface
public interface RateTables {
    Optional<RateTable> forCallYear(int callYear);
}
