package org.mobilitydesk.application.review;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.application.FileNames;
import org.mobilitydesk.application.review.ReviewService.Export;
import org.mobilitydesk.application.review.ReviewViews.ApplicationPage;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.sheet.ExportFormat;

@Path("/api/v1/calls/{callId}/applications")
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Application review", description = "Coordinators review the applications submitted to a call: list, read, download documents, decide eligibility, keep a private note, export")
public class CallApplicationsResource {

    @Inject
    ReviewService review;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a call's submitted applications", description = "Submitted and withdrawn applications only (drafts are the applicants' own); oldest submission first by default.")
    @APIResponse(responseCode = "200", description = "One page of applications", content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public ApplicationPage list(@PathParam("callId") UUID callId, @Valid @BeanParam ReviewFilters filters, @Valid @BeanParam PageParams paging) {
        return review.list(callId, filters, paging);
    }

    @GET
    @Path("/export")
    @Produces({ "text/csv", ExportFormat.XLSX_TYPE })
    @Operation(summary = "Export a call's submitted applications", description = "Every application the filters match, one row each, in the list's order: "
            + "CSV (UTF-8 with a byte order mark, RFC 4180; text that a spreadsheet would run as a formula starts with an apostrophe) or XLSX. "
            + "Times are in the home institution's time zone; XLSX dates and times are date cells. Headers, statuses, countries, study cycles, "
            + "languages and partners' names are in the language of Accept-Language (en, ru, ky or kk; else English); one preference column "
            + "per choice the call allows.")
    @APIResponse(responseCode = "200", description = "The file, named applications-<call>-<date>.csv or .xlsx", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response export(@PathParam("callId") UUID callId, @Valid @BeanParam ReviewFilters filters,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "^(csv|xlsx)$", message = "must be csv or xlsx")
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = { "csv", "xlsx" })) String format,
            @HeaderParam("Accept-Language") @Parameter(description = InterfaceLanguage.HEADER_DESCRIPTION) String acceptLanguage) {
        Export export = review.export(callId, filters, ExportFormat.of(format), InterfaceLanguage.fromAcceptLanguage(acceptLanguage));
        StreamingOutput body = export.body()::writeTo;
        return Response.ok(body, export.contentType())
                .header("Content-Disposition", FileNames.contentDisposition(export.fileName(), false))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
