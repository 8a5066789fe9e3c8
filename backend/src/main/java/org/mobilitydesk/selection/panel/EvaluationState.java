package org.mobilitydesk.selection.panel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one evaluator's scoring of one application stands. */
@Schema(name = "EvaluationState")
public enum EvaluationState {
    NOT_STARTED, DRAFT, SUBMITTED;

    static EvaluationState of(StoredEvaluation.Status stored) {
        if (stored == null) {
            return NOT_STARTED;
        }
        return stored == StoredEvaluation.Status.SUBMITTED ? SUBMITTED : DRAFT;
    }
}
