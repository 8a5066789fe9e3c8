package org.mobilitydesk.call;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters, sort and paging of the coordinators' call list. */
public class CallQuery extends PublicCallQuery {

    @QueryParam("status")
    @Pattern(regexp = "^(DRAFT|PUBLISHED|CLOSED)$", message = "must be DRAFT, PUBLISHED or CLOSED")
    @Parameter(description = "Only calls in this status; PUBLISHED means before the deadline, CLOSED after it", schema = @Schema(enumeration = { "DRAFT", "PUBLISHED", "CLOSED" }))
    public String status;

    @QueryParam("sort")
    @DefaultValue("-updatedAt")
    @Pattern(regexp = "^-?(updatedAt|opensAt|deadline|academicYear)$", message = "must be one of updatedAt, opensAt, deadline, academicYear, optionally prefixed with - for descending")
    @Parameter(description = "updatedAt, opensAt, deadline or academicYear; prefix with - for descending", example = "deadline")
    public String sort;
}
