package org.mobilitydesk.selection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A call's criteria in the call's published order: distinct keys, weights summing to 100. */
public record Criteria(List<Criterion> list) {

    public Criteria {
        list = List.copyOf(list);
        Set<String> keys = new HashSet<>();
        int weights = 0;
        for (Criterion criterion : list) {
            if (!keys.add(criterion.key())) {
                throw new IllegalArgumentException("criterion " + criterion.key() + " appears twice");
            }
            weights += criterion.weight();
        }
        if (weights != 100) {
            throw new IllegalArgumentException("the weights sum to " + weights + ", not 100");
        }
    }

    public static Criteria of(Criterion... criteria) {
        return new Criteria(List.of(criteria));
    }

    /** The heaviest criterion, the first of them in the call's order when several share the heaviest weight: tie-break 2. */
    public Criterion heaviest() {
        Criterion heaviest = list.get(0);
        for (Criterion criterion : list) {
            if (criterion.weight() > heaviest.weight()) {
                heaviest = criterion;
            }
        }
        return heaviest;
    }
}
