package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelInput", description = "A call's evaluation panel as the coordinator sets it; replaces the previous one")
public record PanelInput(
        @Schema(required = true, description = "The version loaded (0 while the call has no panel)", examples = "0") @NotNull Integer version,
        @Schema(required = true, description = "ALL: every member evaluates every eligible application; CHOSEN: the assignments say who evaluates what") @NotNull AssignmentMode mode,
        @Schema(description = "Evaluators (without a conflict) each application needs, 1 to 10; 2 when absent", examples = "2") Integer minEvaluations,
        @Schema(description = "For scoring: the spread of scores (share of the maximum, above 0 and at most 1) that flags an application; 0.30 when absent", examples = "0.30") BigDecimal disagreementThreshold,
        @Schema(required = true, description = "The members by subject: known users (signed in once) with the evaluator role") @NotNull List<String> members,
        @Schema(description = "CHOSEN mode only: the eligible applications of this call each member evaluates") List<PanelAssignmentSet> assignments) {

    public static final int DEFAULT_MIN = 2;
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.30");

    public int minOrDefault() {
        return minEvaluations == null ? DEFAULT_MIN : minEvaluations;
    }

    public BigDecimal thresholdOrDefault() {
        return disagreementThreshold == null ? DEFAULT_THRESHOLD : disagreementThreshold;
    }

    public List<PanelAssignmentSet> assignmentsOrNone() {
        return assignments == null ? List.of() : assignments;
    }

    /** One member's applications (CHOSEN mode), as set and as shown. */
    @Schema(name = "PanelAssignmentSet", description = "The applications one member evaluates in CHOSEN mode")
    public record PanelAssignmentSet(@Schema(required = true, description = "The member's subject") String evaluator,
            @Schema(required = true) List<UUID> applicationIds) {
    }
}
