package org.mobilitydesk.application.review;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters and sort of a call's submitted applications, shared by the list and the export. */
public class ReviewFilters {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(description = "Words to search for in the applicant's name and e-mail and the receipt number; every word must match; ignores case and accents", example = "aigerim")
    public String q;

    @QueryParam("status")
    @Pattern(regexp = "^(SUBMITTED|WITHDRAWN)$", message = "must be SUBMITTED or WITHDRAWN")
    @Parameter(description = "Only applications in this status", schema = @Schema(enumeration = { "SUBMITTED", "WITHDRAWN" }))
    public String status;

    @QueryParam("partnerId")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only applications that rank this partner institution, at any rank", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnerId;

    @QueryParam("eligibility")
    @Pattern(regexp = "^(PENDING|ELIGIBLE|INELIGIBLE)$", message = "must be PENDING, ELIGIBLE or INELIGIBLE")
    @Parameter(description = "Only applications with this eligibility decision", schema = @Schema(enumeration = { "PENDING", "ELIGIBLE", "INELIGIBLE" }))
    public String eligibility;

    @QueryParam("sort")
    @DefaultValue("submittedAt")
    @Pattern(regexp = "^-?(submittedAt|name)$", message = "must be submittedAt or name, optionally prefixed with - for descending")
    @Parameter(description = "submittedAt (oldest first) or name; prefix with - for descending", example = "name")
    public String sort;
}
