package org.mobilitydesk.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of the conditions, for people: the agreement's years, then per flow whether it
 * was added, removed or changed, with each changed field's value before and after as readable text.
 *
 * <p>Flows have no identity of their own, so they are matched by mobility type and direction: identical flows
 * match first, the remaining ones of the same type and direction pair up in canonical order, and what is left over
 * was added or removed.
 */
public record ConditionsDiff(List<FieldChange> changes, List<FlowChange> flows) {

    public enum ChangeKind {
        ADDED, REMOVED, CHANGED
    }

    /** A field's value before and after; null where the value is absent. */
    public record FieldChange(String field, String before, String after) {
    }

    public record FlowChange(ChangeKind kind, AgreementMobilityType mobilityType, UUID sendingInstitutionId,
            UUID receivingInstitutionId, List<FieldChange> changes) {
    }

    private record Direction(AgreementMobilityType type, UUID sending, UUID receiving) {
        static final Comparator<Direction> ORDER = Comparator.comparing(Direction::type)
                .thenComparing(d -> d.sending().toString()).thenComparing(d -> d.receiving().toString());

        static Direction of(Flow flow) {
            return new Direction(flow.mobilityType(), flow.sendingInstitutionId(), flow.receivingInstitutionId());
        }
    }

    private static final Map<String, Function<Flow, String>> FIELDS = fields();

    private static Map<String, Function<Flow, String>> fields() {
        Map<String, Function<Flow, String>> fields = new LinkedHashMap<>();
        fields.put("firstAcademicYear", Flow::firstAcademicYear);
        fields.put("lastAcademicYear", Flow::lastAcademicYear);
        fields.put("mobilitiesPerYear", f -> String.valueOf(f.mobilitiesPerYear()));
        fields.put("totalMonthsPerYear", f -> Objects.toString(f.totalMonthsPerYear(), null));
        fields.put("totalDaysPerYear", f -> Objects.toString(f.totalDaysPerYear(), null));
        fields.put("subjectAreas", f -> list(f.subjectAreas(), s -> s.iscedCode()
                + (CanonicalForm.clean(s.clarification()) == null ? "" : " (" + CanonicalForm.clean(s.clarification()) + ")")));
        fields.put("eqfLevels", f -> list(f.eqfLevels(), String::valueOf));
        fields.put("languageSkills", f -> list(f.languageSkills(), l -> l.language() + " " + l.cefrLevel()
                + (l.iscedCode() == null ? "" : " (" + l.iscedCode() + ")")));
        fields.put("blendedAllowed", f -> f.blendedAllowed() ? "yes" : "no");
        fields.put("otherTerms", f -> CanonicalForm.clean(f.otherTerms()));
        return fields;
    }

    private static <T> String list(List<T> items, Function<T, String> show) {
        return items.isEmpty() ? null : items.stream().map(show).sorted().collect(Collectors.joining(", "));
    }

    public static ConditionsDiff between(Conditions before, Conditions after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "firstAcademicYear", before.firstAcademicYear(), after.firstAcademicYear());
        compare(changes, "lastAcademicYear", before.lastAcademicYear(), after.lastAcademicYear());
        Map<Direction, List<Flow>> was = byDirection(before.flows());
        Map<Direction, List<Flow>> is = byDirection(after.flows());
        Set<Direction> directions = new TreeSet<>(Direction.ORDER);
        directions.addAll(was.keySet());
        directions.addAll(is.keySet());
        List<FlowChange> flows = new ArrayList<>();
        for (Direction direction : directions) {
            flows.addAll(flowChanges(direction, was.getOrDefault(direction, List.of()), is.getOrDefault(direction, List.of())));
        }
        return new ConditionsDiff(changes, flows);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && flows.isEmpty();
    }

    private static Map<Direction, List<Flow>> byDirection(List<Flow> flows) {
        return flows.stream().collect(Collectors.groupingBy(Direction::of, Collectors.toList()));
    }

    private static List<FlowChange> flowChanges(Direction direction, List<Flow> was, List<Flow> is) {
        List<String> removed = was.stream().map(CanonicalForm::flow).sorted().collect(Collectors.toCollection(ArrayList::new));
        List<String> added = is.stream().map(CanonicalForm::flow).sorted().collect(Collectors.toCollection(ArrayList::new));
        for (String flow : List.copyOf(removed)) {
            if (added.remove(flow)) {
                removed.remove(flow);
            }
        }
        Map<String, Flow> byText = new TreeMap<>();
        was.forEach(f -> byText.put(CanonicalForm.flow(f), f));
        is.forEach(f -> byText.put(CanonicalForm.flow(f), f));
        List<FlowChange> changes = new ArrayList<>();
        for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
            Flow old = i < removed.size() ? byText.get(removed.get(i)) : null;
            Flow now = i < added.size() ? byText.get(added.get(i)) : null;
            ChangeKind kind = old == null ? ChangeKind.ADDED : now == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            List<FieldChange> fields = new ArrayList<>();
            FIELDS.forEach((name, value) -> compare(fields, name, old == null ? null : value.apply(old),
                    now == null ? null : value.apply(now)));
            changes.add(new FlowChange(kind, direction.type(), direction.sending(), direction.receiving(), fields));
        }
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}
