package org.mobilitydesk.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CacheableJson;
import org.mobilitydesk.reference.ReferenceViews.AcademicYearView;
import org.mobilitydesk.reference.ReferenceViews.CefrLevelView;
import org.mobilitydesk.reference.ReferenceViews.CountryView;
import org.mobilitydesk.reference.ReferenceViews.EqfLevelView;
import org.mobilitydesk.reference.ReferenceViews.IscedFieldView;
import org.mobilitydesk.reference.ReferenceViews.LanguageView;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data", description = "Read-only lists loaded by migrations; cacheable with ETag and Cache-Control")
public class ReferenceResource {

    @Inject
    ReferenceService reference;
    @Inject
    CacheableJson cacheable;
    @Context
    Request request;

    @GET
    @Path("/countries")
    @Operation(summary = "Countries with their KA171 side, receiving group and partner region for a call year")
    @APIResponse(responseCode = "200", description = "All ISO 3166-1 countries", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CountryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Call year out of range")
    public Response countries(
            @QueryParam("callYear") @Min(value = 2014, message = "must be between 2014 and 2100") @Max(value = 2100, message = "must be between 2014 and 2100") @Parameter(description = "Call year of the classification; the current one when absent", example = "2024") Integer callYear) {
        int year = callYear != null ? callYear : reference.currentCallYear();
        return cacheable.respond(request, "countries:" + year, () -> reference.countries(year));
    }

    @GET
    @Path("/isced-fields")
    @Operation(summary = "ISCED-F 2013 fields of education: broad, narrow and detailed")
    @APIResponse(responseCode = "200", description = "All fields", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IscedFieldView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response isced() {
        return cacheable.respond(request, "isced", reference::isced);
    }

    @GET
    @Path("/eqf-levels")
    @Operation(summary = "European Qualifications Framework levels 1 to 8")
    @APIResponse(responseCode = "200", description = "All levels", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EqfLevelView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response eqfLevels() {
        return cacheable.respond(request, "eqf", reference::eqfLevels);
    }

    @GET
    @Path("/cefr-levels")
    @Operation(summary = "CEFR language levels A1 to C2")
    @APIResponse(responseCode = "200", description = "All levels", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CefrLevelView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response cefrLevels() {
        return cacheable.respond(request, "cefr", reference::cefrLevels);
    }

    @GET
    @Path("/languages")
    @Operation(summary = "ISO 639-1 languages with names in the four interface languages")
    @APIResponse(responseCode = "200", description = "All languages", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LanguageView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response languages() {
        return cacheable.respond(request, "languages", reference::languages);
    }

    @GET
    @Path("/academic-years")
    @Operation(summary = "Academic years, 1 September to 31 August")
    @APIResponse(responseCode = "200", description = "All academic years", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AcademicYearView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response academicYears() {
        return cacheable.respond(request, "academic-years", reference::academicYears);
    }
}
