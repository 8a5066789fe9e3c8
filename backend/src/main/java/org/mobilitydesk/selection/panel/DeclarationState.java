package org.mobilitydesk.selection.panel;

/** Where an evaluator stands on one application: the content is shown only after NO_CONFLICT; CONFLICT takes them off it. */
public enum DeclarationState {
    NOT_DECLARED, NO_CONFLICT, CONFLICT;

    public static DeclarationState of(Boolean conflict) {
        return conflict == null ? NOT_DECLARED : conflict ? CONFLICT : NO_CONFLICT;
    }
}
