package org.mobilitydesk.selection.panel;

import java.util.List;
import java.util.Optional;

import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;

/**
 * Conflict-of-interest declarations: made when the call has closed, before the content is seen; "no conflict" may
 * become "conflict" later, never the reverse; a conflict says what it is. Repeating the current declaration changes
 * nothing. Pure.
 */
public final class DeclarationRules {

    public static final int NOTE_MAX = 1000;

    /** What an assigned evaluator may do with the application's content. */
    public enum Access {
        /** Declared no conflict: the content is shown. */
        CONTENT,
        /** Not declared yet: 403 until they declare. */
        DECLARE_FIRST,
        /** Declared a conflict: the application is no longer theirs (404). */
        GONE
    }

    /** Why a declaration is refused: a state of the call or of the declaration (409), or the note (422). */
    public record Refused(boolean conflictWithState, FieldError error) {
    }

    private DeclarationRules() {
    }

    public static Access access(DeclarationState state) {
        return switch (state) {
            case NO_CONFLICT -> Access.CONTENT;
            case NOT_DECLARED -> Access.DECLARE_FIRST;
            case CONFLICT -> Access.GONE;
        };
    }

    /** The refusal of declaring conflict (with the note) on top of the current state, if any. */
    public static Optional<Refused> refusal(CallStatus call, DeclarationState current, boolean conflict, String note) {
        if (call != CallStatus.CLOSED) {
            return Optional.of(new Refused(true, PanelRefusals.CALL_NOT_CLOSED.at("status",
                    "Conflicts of interest are declared once the call has closed; it is " + call)));
        }
        if (current == DeclarationState.CONFLICT && !conflict) {
            return Optional.of(new Refused(true, PanelRefusals.CONFLICT_FINAL.at("conflict",
                    "A declared conflict of interest cannot be taken back")));
        }
        if (conflict && current != DeclarationState.CONFLICT && (note == null || note.isBlank())) {
            return Optional.of(new Refused(false, PanelRefusals.NOTE_REQUIRED.at("note", "is required for a conflict: say what it is")));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            return Optional.of(new Refused(false, CommonRefusals.TOO_LONG.at("note", "must be at most " + NOTE_MAX + " characters", NOTE_MAX)));
        }
        return Optional.empty();
    }

    /** Whether the declaration is new: repeating the current one records nothing. */
    public static boolean changes(DeclarationState current, boolean conflict) {
        return current != DeclarationState.of(conflict);
    }

    /** All refusals as a list, for tables of cases. */
    static List<FieldError> errors(CallStatus call, DeclarationState current, boolean conflict, String note) {
        return refusal(call, current, conflict, note).map(r -> List.of(r.error())).orElse(List.of());
    }
}
