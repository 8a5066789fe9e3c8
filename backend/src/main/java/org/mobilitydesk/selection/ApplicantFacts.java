package org.mobilitydesk.selection;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What computed criteria read from the applicant's submitted profile snapshot. The grade average and its scale (the
 * best grade, e.g. 5, 4.0 or 100) are null when not declared; {@code languages} maps ISO 639-1 codes to CEFR levels.
 */
public record ApplicantFacts(BigDecimal gradeAverage, BigDecimal gradeScale, Map<String, String> languages,
        boolean fewerOpportunities) {

    /** In ascending order: a level's position + 1 is its number of sixths of the criterion's maximum. */
    public static final List<String> CEFR_LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    public ApplicantFacts {
        if ((gradeAverage == null) != (gradeScale == null)) {
            throw new IllegalArgumentException("a grade average and its scale go together");
        }
        if (gradeScale != null && (gradeScale.signum() <= 0 || gradeAverage.signum() < 0 || gradeAverage.compareTo(gradeScale) > 0)) {
            throw new IllegalArgumentException("grade average " + gradeAverage + " is not 0.." + gradeScale);
        }
        TreeMap<String, String> normalised = new TreeMap<>();
        languages.forEach((language, level) -> {
            if (!CEFR_LEVELS.contains(level)) {
                throw new IllegalArgumentException(language + ": " + level + " is not a CEFR level");
            }
            normalised.put(language.toLowerCase(Locale.ROOT), level);
        });
        languages = Collections.unmodifiableSortedMap(normalised);
    }

    public static ApplicantFacts none() {
        return new ApplicantFacts(null, null, Map.of(), false);
    }
}
