package org.mobilitydesk.selection.panel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who evaluates which eligible application of a call: in ALL mode every member evaluates every one; in CHOSEN mode a
 * member evaluates what the coordinator assigned to them. Pure; a call without a panel has no members.
 */
public record Assignments(AssignmentMode mode, List<String> members, Map<String, Set<UUID>> chosen) {

    public static final Assignments NONE = new Assignments(AssignmentMode.ALL, List.of(), Map.of());

    public Assignments {
        members = List.copyOf(members);
        chosen = Map.copyOf(chosen);
    }

    public boolean isMember(String evaluator) {
        return members.contains(evaluator);
    }

    /** The members who evaluate the application, in the members' order. */
    public List<String> evaluatorsOf(UUID application) {
        return members.stream().filter(m -> evaluates(m, application)).toList();
    }

    /** The applications among these (eligible ones, in their order) that the evaluator evaluates. */
    public List<UUID> applicationsOf(String evaluator, Collection<UUID> eligible) {
        return eligible.stream().filter(a -> evaluates(evaluator, a)).toList();
    }

    public boolean evaluates(String evaluator, UUID application) {
        return isMember(evaluator) && (mode == AssignmentMode.ALL || chosen.getOrDefault(evaluator, Set.of()).contains(application));
    }
}
