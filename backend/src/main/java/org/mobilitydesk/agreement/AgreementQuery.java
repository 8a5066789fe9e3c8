package org.mobilitydesk.agreement;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters, sort and paging of the agreement list. */
public class AgreementQuery extends PageParams {

    @QueryParam("partnerId")
    @Parameter(description = "Only agreements with this partner institution")
    public UUID partnerId;

    @QueryParam("projectId")
    @Parameter(description = "Only agreements funded by this KA171 project")
    public UUID projectId;

    @QueryParam("status")
    @Pattern(regexp = "^(DRAFT|SIGNED_BY_HOME|DECLINED_BY_PARTNER|IN_FORCE|EXPIRED|TERMINATED)$", message = "must be DRAFT, SIGNED_BY_HOME, DECLINED_BY_PARTNER, IN_FORCE, EXPIRED or TERMINATED")
    @Parameter(description = "Only agreements in this status as read: IN_FORCE excludes, EXPIRED is, an agreement in force whose last academic year has ended; an amendment in progress leaves an agreement IN_FORCE",
            schema = @Schema(enumeration = { "DRAFT", "SIGNED_BY_HOME", "DECLINED_BY_PARTNER", "IN_FORCE", "EXPIRED", "TERMINATED" }))
    public String status;

    @QueryParam("academicYear")
    @Pattern(regexp = "^[0-9]{4}/[0-9]{4}$", message = "must be an academic year such as 2024/2025")
    @Parameter(description = "Only agreements covering this academic year", example = "2024/2025")
    public String academicYear;

    @QueryParam("mobilityType")
    @Pattern(regexp = "^(STUDENT_STUDIES|STUDENT_TRAINEESHIP|STAFF_TEACHING|STAFF_TRAINING)$", message = "must be STUDENT_STUDIES, STUDENT_TRAINEESHIP, STAFF_TEACHING or STAFF_TRAINING")
    @Parameter(description = "Only agreements with a flow of this type", schema = @Schema(enumeration = { "STUDENT_STUDIES", "STUDENT_TRAINEESHIP", "STAFF_TEACHING", "STAFF_TRAINING" }))
    public String mobilityType;

    @QueryParam("expiring")
    @Parameter(description = "true: only agreements, not terminated, that end within the next twelve months")
    public boolean expiring;

    @QueryParam("awaitingPartner")
    @Parameter(description = "true: only agreements signed by the home institution and awaiting the partner's decision, a first version or an amendment")
    public boolean awaitingPartner;

    @QueryParam("sort")
    @DefaultValue("-updatedAt")
    @Pattern(regexp = "^-?(updatedAt|firstAcademicYear|lastAcademicYear|status)$", message = "must be one of updatedAt, firstAcademicYear, lastAcademicYear, status, optionally prefixed with - for descending")
    @Parameter(description = "updatedAt, firstAcademicYear, lastAcademicYear or status; prefix with - for descending", example = "lastAcademicYear")
    public String sort;
}
