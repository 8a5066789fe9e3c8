package org.mobilitydesk.application.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoordinatorNoteInput", description = "The coordinators' private note on an application; blank or absent clears it")
public record NoteInput(
        @Schema(required = true, description = "The version of the application you loaded", examples = "0") @NotNull Integer version,
        @Schema(maxLength = NoteInput.MAX, examples = "Called the applicant: the transcript follows by post") @Size(max = NoteInput.MAX, message = "must be at most 10000 characters") String note) {

    public static final int MAX = 10_000;
}
