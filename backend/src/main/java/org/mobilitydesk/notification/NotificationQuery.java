package org.mobilitydesk.notification;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters and paging of the notification list; ids are taken as text so a malformed one is a 400, not a 404. */
public class NotificationQuery extends PageParams {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @QueryParam("institutionId")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only notifications to this partner institution", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String institutionId;

    @QueryParam("subjectId")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only notifications about this record, e.g. an agreement", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String subjectId;

    @QueryParam("status")
    @Pattern(regexp = "^(PENDING|DELIVERED|FAILED|SKIPPED)$", message = "must be PENDING, DELIVERED, FAILED or SKIPPED")
    @Parameter(description = "Only notifications in this state", schema = @Schema(type = SchemaType.STRING, enumeration = { "PENDING", "DELIVERED", "FAILED", "SKIPPED" }))
    public String status;

    UUID institution() {
        return institutionId == null ? null : UUID.fromString(institutionId);
    }

    UUID subject() {
        return subjectId == null ? null : UUID.fromString(subjectId);
    }
}
