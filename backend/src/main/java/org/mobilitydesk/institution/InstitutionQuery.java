package org.mobilitydesk.institution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters, sort and paging of the institution list. */
public class InstitutionQuery extends PageParams {

    static final String SORT_PATTERN = "^-?(name|city|country|updatedAt)$";

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(description = "Words to search for in names in every language, Erasmus code and city; every word must match; ignores case and accents", example = "tartu ulikool")
    public String q;

    @QueryParam("country")
    @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be a two-letter country code")
    @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "EE")
    public String country;

    @QueryParam("region")
    @Min(value = 1, message = "must be between 1 and 14")
    @Max(value = 14, message = "must be between 1 and 14")
    @Parameter(description = "KA171 partner region of the country in the current call year", example = "6")
    public Integer region;

    @QueryParam("status")
    @Pattern(regexp = "^(ACTIVE|ARCHIVED)$", message = "must be ACTIVE or ARCHIVED")
    @Parameter(description = "Coordinators and admins only; everyone else always sees active institutions", schema = @Schema(enumeration = { "ACTIVE", "ARCHIVED" }))
    public String status;

    InstitutionStatus statusOr(InstitutionStatus fallback) {
        return status == null ? fallback : InstitutionStatus.valueOf(status);
    }

    @QueryParam("sort")
    @DefaultValue("name")
    @Pattern(regexp = SORT_PATTERN, message = "must be one of name, city, country, updatedAt, optionally prefixed with - for descending")
    @Parameter(description = "name, city, country or updatedAt; prefix with - for descending", example = "-updatedAt")
    public String sort;
}
