package org.mobilitydesk.selection.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the commission decision endpoints answer and take. */
public final class DecisionViews {

    public static final int MAX_MEMBERS = 30;

    private DecisionViews() {
    }

    @Schema(name = "DecisionInput", description = "The commission's decision: it adopts one allocation run, which must still be current")
    public record DecisionInput(@Schema(required = true, description = "The allocation run the commission adopts") @NotNull UUID runId,
            @Schema(required = true, description = "The day the commission met, not after today in the call's time zone", examples = "2027-04-12") @NotNull LocalDate meetingDate,
            @Schema(required = true, description = "The members present, by name", maxItems = MAX_MEMBERS, examples = "[\"Dr. Aibek Sultanov (chair)\", \"Nurlan Asanov\"]")
            @NotEmpty @Size(max = MAX_MEMBERS) List<@NotBlank @Size(max = 200) String> members,
            @Schema(maxLength = 4000, description = "The commission's remarks for the minutes") @Size(max = 4000) String remarks) {
    }

    @Schema(name = "ReopenInput", description = "Why the decision in force is reopened")
    public record ReopenInput(@Schema(required = true, maxLength = 2000, examples = "A score was entered for the wrong candidate") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "CommissionDecision", description = "A commission decision: in force, or reopened with the reason")
    public record DecisionView(@Schema(required = true) UUID id,
            @Schema(required = true) UUID runId,
            @Schema(required = true) LocalDate meetingDate,
            @Schema(required = true) List<String> members,
            String remarks,
            @Schema(required = true, description = "Who recorded it") String decidedBy,
            @Schema(required = true) Instant decidedAt,
            @Schema(description = "Absent while in force") String reopenedReason,
            String reopenedBy,
            Instant reopenedAt) {
    }

    @Schema(name = "DecisionState", description = "A call's commission decision in force, if any, and the reopened ones, newest first")
    public record DecisionState(@Schema(required = true) UUID callId,
            @Schema(description = "Absent until the commission decides, and after a reopening") DecisionView inForce,
            @Schema(required = true) List<DecisionView> reopened) {
    }
}
