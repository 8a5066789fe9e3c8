package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.selection.panel.PanelInput.PanelAssignmentSet;

/** The rules of a panel as a coordinator sets it; every broken rule at its field. Pure. */
public final class PanelRules {

    public static final int MIN_EVALUATIONS = 1;
    public static final int MAX_EVALUATIONS = 10;

    private PanelRules() {
    }

    /**
     * @param evaluators for each known subject among the input's, whether their last sign-in had the evaluator role
     * @param applications the submitted applications of the call: whether each is eligible
     */
    public static List<FieldError> violations(PanelInput input, Map<String, Boolean> evaluators, Map<UUID, Boolean> applications) {
        List<FieldError> errors = new ArrayList<>();
        int min = input.minOrDefault();
        if (min < MIN_EVALUATIONS || min > MAX_EVALUATIONS) {
            errors.add(CommonRefusals.BETWEEN.at("minEvaluations", "must be between " + MIN_EVALUATIONS + " and " + MAX_EVALUATIONS,
                    MIN_EVALUATIONS, MAX_EVALUATIONS));
        }
        BigDecimal threshold = input.thresholdOrDefault();
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0 || threshold.stripTrailingZeros().scale() > 2) {
            errors.add(PanelRefusals.THRESHOLD_RANGE.at("disagreementThreshold", "must be above 0 and at most 1, in hundredths"));
        }
        Set<String> members = new HashSet<>();
        for (int i = 0; i < input.members().size(); i++) {
            String subject = input.members().get(i);
            String field = "members[" + i + "]";
            if (subject == null || subject.isBlank()) {
                errors.add(CommonRefusals.REQUIRED.at(field, "is required"));
            } else if (!members.add(subject)) {
                errors.add(CommonRefusals.DUPLICATE.at(field, "is given more than once"));
            } else if (!evaluators.containsKey(subject)) {
                errors.add(PanelRefusals.MEMBER_UNKNOWN.at(field, "is not a known user: they sign in once first"));
            } else if (!evaluators.get(subject)) {
                errors.add(PanelRefusals.MEMBER_NOT_EVALUATOR.at(field, "does not have the evaluator role"));
            }
        }
        List<PanelAssignmentSet> assignments = input.assignmentsOrNone();
        if (input.mode() != AssignmentMode.CHOSEN) {
            if (!assignments.isEmpty()) {
                errors.add(PanelRefusals.ASSIGNMENTS_NOT_CHOSEN.at("assignments", "are given in CHOSEN mode only"));
            }
            return errors;
        }
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            assignment(assignments.get(i), "assignments[" + i + "]", members, assigned, applications, errors);
        }
        return errors;
    }

    private static void assignment(PanelAssignmentSet set, String field, Set<String> members, Set<String> assigned,
            Map<UUID, Boolean> applications, List<FieldError> errors) {
        if (set == null || set.evaluator() == null) {
            errors.add(CommonRefusals.REQUIRED.at(field + ".evaluator", "is required"));
            return;
        }
        if (!assigned.add(set.evaluator())) {
            errors.add(CommonRefusals.DUPLICATE.at(field + ".evaluator", "is given more than once"));
        } else if (!members.contains(set.evaluator())) {
            errors.add(PanelRefusals.ASSIGNMENT_NOT_MEMBER.at(field + ".evaluator", "is not a member of the panel"));
        }
        List<UUID> ids = set.applicationIds() == null ? List.of() : set.applicationIds();
        Set<UUID> seen = new HashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            UUID id = ids.get(j);
            String at = field + ".applicationIds[" + j + "]";
            if (id == null) {
                errors.add(CommonRefusals.REQUIRED.at(at, "is required"));
            } else if (!seen.add(id)) {
                errors.add(CommonRefusals.DUPLICATE.at(at, "is given more than once"));
            } else if (!applications.containsKey(id)) {
                errors.add(PanelRefusals.ASSIGNMENT_UNKNOWN_APPLICATION.at(at, "is not a submitted application of this call"));
            } else if (!applications.get(id)) {
                errors.add(PanelRefusals.ASSIGNMENT_NOT_ELIGIBLE.at(at, "is not eligible: only eligible applications are evaluated"));
            }
        }
    }
}
