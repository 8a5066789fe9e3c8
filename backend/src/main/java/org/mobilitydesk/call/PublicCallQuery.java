package org.mobilitydesk.call;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters and paging of the public call list, which the coordinators' list shares. */
public class PublicCallQuery extends PageParams {

    @QueryParam("academicYear")
    @Pattern(regexp = "^[0-9]{4}/[0-9]{4}$", message = "must be an academic year such as 2026/2027")
    @Parameter(description = "Only calls for this academic year", example = "2026/2027")
    public String academicYear;

    @QueryParam("mobilityType")
    @Pattern(regexp = "^(STUDENT_STUDIES|STUDENT_TRAINEESHIP|SHORT_TERM_BLENDED|SHORT_TERM_DOCTORAL|STAFF_TEACHING|STAFF_TRAINING)$",
            message = "must be STUDENT_STUDIES, STUDENT_TRAINEESHIP, SHORT_TERM_BLENDED, SHORT_TERM_DOCTORAL, STAFF_TEACHING or STAFF_TRAINING")
    @Parameter(description = "Only calls of this type", schema = @Schema(enumeration = { "STUDENT_STUDIES", "STUDENT_TRAINEESHIP", "SHORT_TERM_BLENDED",
            "SHORT_TERM_DOCTORAL", "STAFF_TEACHING", "STAFF_TRAINING" }))
    public String mobilityType;
}
