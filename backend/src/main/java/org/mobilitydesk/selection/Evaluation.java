package org.mobilitydesk.selection;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One evaluator's scores for one application, by criterion key: a draft (not counted) or submitted. A submitted
 * evaluation without a score for a criterion does not count for that criterion.
 */
public record Evaluation(UUID evaluatorId, boolean submitted, Map<String, Integer> scores) {

    public Evaluation {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        scores = Collections.unmodifiableSortedMap(new TreeMap<>(scores));
    }
}
