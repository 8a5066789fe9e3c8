package org.mobilitydesk.selection.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.Page;
import org.mobilitydesk.selection.panel.SelectionEvent;

/** What the selection history answers. */
public final class HistoryViews {

    static final String KINDS = "PANEL_SET|DECLARED_NO_CONFLICT|DECLARED_CONFLICT|SCORED|ALLOCATION_RUN|DECIDED|REOPENED|PUBLISHED|ACCEPTED|DECLINED|MOVED|APPEALED|APPEAL_ANSWERED";

    private HistoryViews() {
    }

    /** The filter of the history. */
    public static class HistoryQuery {
        @QueryParam("kind")
        @Pattern(regexp = "^(" + KINDS + ")$", message = "must be one of " + KINDS)
        @Parameter(description = "Only entries of this kind", schema = @Schema(enumeration = { "PANEL_SET", "DECLARED_NO_CONFLICT", "DECLARED_CONFLICT",
                "SCORED", "ALLOCATION_RUN", "DECIDED", "REOPENED", "PUBLISHED", "ACCEPTED", "DECLINED", "MOVED", "APPEALED", "APPEAL_ANSWERED" }))
        public String kind;

        SelectionEvent.Kind kind() {
            return kind == null ? null : SelectionEvent.Kind.valueOf(kind);
        }
    }

    @Schema(name = "SelectionHistoryEntry", description = "Who did what in a call's selection, and when")
    public record EntryView(@Schema(required = true) long id,
            @Schema(required = true) Instant at,
            @Schema(required = true) SelectionEvent.Kind kind,
            @Schema(required = true, description = "Who: their name as last seen at sign-in; \"system\" for an offer that expired", examples = "Gulnara Sydykova") String actor,
            @Schema(description = "The application concerned, if one") UUID applicationId,
            String receiptNumber,
            @Schema(required = true, description = "What changed, by kind (see the selection_event table's documentation)") Map<String, Object> detail) {
    }

    @Schema(name = "SelectionHistoryPage", description = "One page of a call's selection history, newest first")
    public static class HistoryPage extends Page<EntryView> {
        public HistoryPage(List<EntryView> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }
}
