package org.mobilitydesk.call;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallParts.RequiredDocument;

/**
 * Everything a call says, as one value: what the rules check, what an edit changes and what the change log keeps.
 * Texts are maps from language code to text.
 */
public record CallContent(
        Map<String, String> title,
        Map<String, String> description,
        CallMobilityType mobilityType,
        CallDirection direction,
        String academicYear,
        UUID projectId,
        List<Place> places,
        Eligibility eligibility,
        List<RequiredDocument> documents,
        List<Criterion> criteria,
        RankingRules ranking,
        int maxPreferences,
        Instant opensAt,
        Instant deadline) {

    public CallContent {
        title = new TreeMap<>(Objects.requireNonNullElse(title, Map.of()));
        description = new TreeMap<>(Objects.requireNonNullElse(description, Map.of()));
        places = List.copyOf(Objects.requireNonNullElse(places, List.of()));
        eligibility = Objects.requireNonNullElse(eligibility, Eligibility.NONE);
        documents = List.copyOf(Objects.requireNonNullElse(documents, List.of()));
        criteria = List.copyOf(Objects.requireNonNullElse(criteria, List.of()));
        ranking = Objects.requireNonNullElse(ranking, RankingRules.NONE);
    }

    /** The names of the parts that differ from the call as it was before, in declaration order. */
    public List<String> changedSince(CallContent before) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : CallContent.class.getRecordComponents()) {
            if (!Objects.equals(value(component, before), value(component, this))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent component, CallContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
