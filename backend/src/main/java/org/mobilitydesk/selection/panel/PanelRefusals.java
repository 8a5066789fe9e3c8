package org.mobilitydesk.selection.panel;

import org.mobilitydesk.common.Refusal;

/**
 * The refusals of a call's evaluation panel and of conflict-of-interest declarations ({@link PanelRules},
 * {@link DeclarationRules}, {@link PanelService}, {@link EvaluationService}); duplicates, ranges and lengths use
 * {@link org.mobilitydesk.common.CommonRefusals}.
 */
public final class PanelRefusals {

    /** 422 at members[i]: nobody with this subject has signed in yet. */
    public static final Refusal MEMBER_UNKNOWN = Refusal.of("panel.members.unknownUser");
    /** 422 at members[i]: the user's last sign-in did not carry the evaluator role. */
    public static final Refusal MEMBER_NOT_EVALUATOR = Refusal.of("panel.members.notEvaluator");
    /** 422 at disagreementThreshold: above 0 and at most 1. */
    public static final Refusal THRESHOLD_RANGE = Refusal.of("panel.threshold.range");
    /** 422 at assignments: assignments are given in CHOSEN mode only. */
    public static final Refusal ASSIGNMENTS_NOT_CHOSEN = Refusal.of("panel.assignments.notChosenMode");
    /** 422 at assignments[i].evaluator: not a member of the panel being set. */
    public static final Refusal ASSIGNMENT_NOT_MEMBER = Refusal.of("panel.assignments.notMember");
    /** 422 at assignments[i].applicationIds[j]: no submitted application of this call has the id. */
    public static final Refusal ASSIGNMENT_UNKNOWN_APPLICATION = Refusal.of("panel.assignments.unknownApplication");
    /** 422 at assignments[i].applicationIds[j]: an application of this call that is not eligible (yet). */
    public static final Refusal ASSIGNMENT_NOT_ELIGIBLE = Refusal.of("panel.assignments.notEligible");
    /** 409: the commission's decision in force locks the panel and the declarations. */
    public static final Refusal DECIDED = Refusal.of("panel.decided");
    /** 409: a draft call gets no panel. */
    public static final Refusal CALL_DRAFT = Refusal.of("panel.call.draft");
    /** 409: declarations (and evaluation) start when the call has closed. */
    public static final Refusal CALL_NOT_CLOSED = Refusal.of("panel.declaration.callNotClosed");
    /** 409: a declared conflict of interest is not taken back. */
    public static final Refusal CONFLICT_FINAL = Refusal.of("panel.declaration.conflictFinal");
    /** 422 at note: a conflict says what it is. */
    public static final Refusal NOTE_REQUIRED = Refusal.of("panel.declaration.noteRequired");
    /** 403: the application's content is shown after a declaration of no conflict only. */
    public static final Refusal DECLARATION_REQUIRED = Refusal.of("panel.declaration.required");

    private PanelRefusals() {
    }
}
