package org.mobilitydesk.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "An RFC 9457 problem detail. Every error of this API has this shape and the media type application/problem+json.")
public record Problem(
        @Schema(description = "A URI reference identifying the problem type", examples = "https://mobilitydesk.org/problems/validation", required = true) String type,
        @Schema(description = "A short, human-readable summary of the problem type", examples = "Invalid request", required = true) String title,
        @Schema(description = "The HTTP status code", examples = "400", required = true) int status,
        @Schema(description = "What went wrong with this request and what to do about it", examples = "2 fields are invalid") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Quote this id when reporting an unexpected failure; it is also in the server log") String correlationId,
        @Schema(description = "For validation problems: one entry per invalid field") List<FieldError> errors,
        @Schema(description = "For conflicts with the state of a record: its state now", examples = "IN_FORCE") String currentStatus,
        @Schema(description = "For conflicts with the content of a record: its content hash now") String currentHash,
        @Schema(description = "For stale versions: the record's version now", examples = "3") Integer currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
