package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.selection.panel.PanelInput.PanelAssignmentSet;
import org.mobilitydesk.user.UserViews.UserView;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the coordinators' panel endpoints answer. */
public final class PanelViews {

    private PanelViews() {
    }

    @Schema(name = "PanelEvaluator", description = "An evaluator as last seen at sign-in")
    public record EvaluatorRef(@Schema(required = true) String subject,
            @Schema(required = true, examples = "evaluator") String username,
            @Schema(required = true, examples = "Gulnara Sydykova") String displayName,
            String email) {

        static EvaluatorRef of(String subject, UserView user) {
            return user == null ? new EvaluatorRef(subject, subject, subject, null)
                    : new EvaluatorRef(subject, user.username(), user.displayName(), user.email());
        }
    }

    @Schema(name = "PanelMember", description = "An evaluator on the panel")
    public record MemberView(@Schema(required = true) EvaluatorRef evaluator,
            @Schema(required = true) Instant addedAt,
            @Schema(required = true, examples = "coordinator") String addedBy) {
    }

    @Schema(name = "Panel", description = "A call's evaluation panel; a call without one answers configured=false, version 0 and the defaults")
    public record PanelView(@Schema(required = true) UUID callId,
            @Schema(required = true) CallStatus callStatus,
            @Schema(required = true, description = "false until a coordinator sets the panel") boolean configured,
            @Schema(required = true) AssignmentMode mode,
            @Schema(required = true, examples = "2") int minEvaluations,
            @Schema(required = true, examples = "0.3") BigDecimal disagreementThreshold,
            @Schema(required = true, description = "In the order they joined") List<MemberView> members,
            @Schema(required = true, description = "CHOSEN mode: each member's applications; empty in ALL mode") List<PanelAssignmentSet> assignments,
            @Schema(required = true, examples = "1") int version,
            Instant updatedAt,
            @Schema(examples = "coordinator") String updatedBy) {
    }

    @Schema(name = "PanelConflict", description = "A declared conflict of interest")
    public record ConflictView(@Schema(required = true) EvaluatorRef evaluator,
            @Schema(required = true, description = "What the conflict is, in the evaluator's words") String note,
            @Schema(required = true) Instant declaredAt) {
    }

    @Schema(name = "PanelCoverageRow", description = "One submitted, eligible application: who evaluates it and how many evaluators it lacks")
    public record CoverageRow(@Schema(required = true) UUID applicationId,
            @Schema(required = true, examples = "MD-2027-000042") String receiptNumber,
            @Schema(required = true) String applicantName,
            @Schema(required = true, description = "Every evaluator assigned, conflicts included") List<EvaluatorRef> assigned,
            @Schema(required = true) List<EvaluatorRef> noConflict,
            @Schema(required = true) List<ConflictView> conflicts,
            @Schema(required = true) List<EvaluatorRef> notDeclared,
            @JsonProperty("short") @Schema(name = "short", required = true, description = "Evaluators missing to reach the minimum once the conflicts are taken off", examples = "0") int missing) {
    }

    @Schema(name = "PanelCoverageTotals", description = "The coverage of all the call's eligible applications")
    public record CoverageTotals(@Schema(required = true) int applications,
            @Schema(required = true, description = "Applications with at least the minimum of evaluators without a conflict") int covered,
            @Schema(required = true, description = "Applications short of evaluators") int shortApplications,
            @Schema(required = true, description = "Evaluators missing over all applications") int missingEvaluations,
            @Schema(required = true, description = "Assigned evaluators who have not declared yet, over all applications") int pendingDeclarations,
            @Schema(required = true) int conflicts) {
    }

    @Schema(name = "PanelCoverage", description = "How the panel covers the call's submitted, eligible applications, by receipt number")
    public record CoverageView(@Schema(required = true) UUID callId,
            @Schema(required = true) AssignmentMode mode,
            @Schema(required = true) int minEvaluations,
            @Schema(required = true) List<CoverageRow> applications,
            @Schema(required = true) CoverageTotals totals) {
    }
}
