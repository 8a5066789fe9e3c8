package org.mobilitydesk.project;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters, sort and paging of the project list. */
public class ProjectQuery extends PageParams {

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(description = "Part of the reference, ignoring case", example = "EE01")
    public String q;

    @QueryParam("callYear")
    @Min(value = 2014, message = "must be between 2014 and 2100")
    @Max(value = 2100, message = "must be between 2014 and 2100")
    @Parameter(example = "2024")
    public Integer callYear;

    @QueryParam("status")
    @Pattern(regexp = "^(PLANNED|ONGOING|ENDED|FINAL_REPORT|CLOSED)$", message = "must be PLANNED, ONGOING, ENDED, FINAL_REPORT or CLOSED")
    @Parameter(description = "Only projects in this status as read: PLANNED, ONGOING and ENDED follow from the dates", schema = @Schema(enumeration = { "PLANNED", "ONGOING", "ENDED", "FINAL_REPORT", "CLOSED" }))
    public String status;

    @QueryParam("institutionId")
    @Parameter(description = "Only projects with this institution as beneficiary or partner")
    public UUID institutionId;

    @QueryParam("sort")
    @DefaultValue("-startDate")
    @Pattern(regexp = "^-?(reference|callYear|startDate)$", message = "must be one of reference, callYear, startDate, optionally prefixed with - for descending")
    @Parameter(description = "reference, callYear or startDate; prefix with - for descending", example = "-startDate")
    public String sort;
}
