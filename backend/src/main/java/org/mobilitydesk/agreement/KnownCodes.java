package org.mobilitydesk.agreement;

import java.util.Set;

/** The codes of the reference data that conditions may use; the service reads them from the reference tables. */
public record KnownCodes(Set<String> academicYears, Set<String> iscedCodes, Set<Integer> eqfLevels, Set<String> cefrLevels,
        Set<String> languages) {
}
