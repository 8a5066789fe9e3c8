package org.mobilitydesk.selection;

import java.util.Locale;
import java.util.Objects;

/**
 * A published criterion of a call. {@code key} identifies it within the call (its translated names are not the domain's
 * business); {@code language} is the ISO 639-1 code a LANGUAGE_LEVEL criterion reads, and null for every other kind.
 */
public record Criterion(String key, int weight, int maxScore, CriterionKind kind, String language) {

    public static final int MAX_SCORE_LIMIT = 1000;

    public Criterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("criterion " + key + ": weight " + weight + " is not 0..100");
        }
        if (maxScore < 1 || maxScore > MAX_SCORE_LIMIT) {
            throw new IllegalArgumentException("criterion " + key + ": maxScore " + maxScore + " is not 1.." + MAX_SCORE_LIMIT);
        }
        if ((kind == CriterionKind.LANGUAGE_LEVEL) != (language != null)) {
            throw new IllegalArgumentException("criterion " + key + ": a language goes with LANGUAGE_LEVEL and only with it");
        }
        language = language == null ? null : language.toLowerCase(Locale.ROOT);
    }

    public static Criterion evaluated(String key, int weight, int maxScore) {
        return new Criterion(key, weight, maxScore, CriterionKind.EVALUATOR, null);
    }

    public static Criterion computed(String key, int weight, int maxScore, CriterionKind kind) {
        return new Criterion(key, weight, maxScore, kind, null);
    }

    public static Criterion language(String key, int weight, int maxScore, String language) {
        return new Criterion(key, weight, maxScore, CriterionKind.LANGUAGE_LEVEL, language);
    }
}
