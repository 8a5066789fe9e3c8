package org.mobilitydesk.selection.commission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.application.FileNames;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.sheet.ExportFormat;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomePage;
import org.mobilitydesk.selection.commission.AllocationViews.RunPage;
import org.mobilitydesk.selection.commission.AllocationViews.RunView;
import org.mobilitydesk.user.SignedInUser;

@Path("/api/v1/calls/{callId}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Selection", description = "Coordinators rank a closed call's eligible applications and allocate the places: previews, the commission's decision, results")
public class AllocationResource {

    @Inject
    AllocationService allocations;
    @Inject
    MinutesService minutes;
    @Inject
    SignedInUser signedIn;
    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Run the allocation as a preview", description = "Ranks the eligible applications whose scoring is complete by total, breaks ties "
            + "by the published order, gives each in rank order their highest preference with a place left and puts the others on the reserve list "
            + "(below the call's minimum total: not selected; scoring incomplete: not ranked). Stores the inputs, the rules' version and every outcome "
            + "with its explanation; as often as needed. Recorded in the call's selection trail.")
    @APIResponse(responseCode = "201", description = "The run", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call has not closed (code commission.run.callNotClosed) or publishes no criteria (commission.run.noCriteria)")
    public Response run(@PathParam("callId") UUID callId) {
        RunView run = allocations.run(callId, signedIn.subject(), user.name());
        return Response.created(URI.create("/api/v1/calls/" + callId + "/allocations/" + run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "A call's allocation runs", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The runs", content = @Content(schema = @Schema(implementation = RunPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such call")
    public RunPage runs(@PathParam("callId") UUID callId, @Valid @BeanParam PageParams paging) {
        return allocations.runs(callId, paging);
    }

    @GET
    @Path("/{runId}")
    @Operation(summary = "One allocation run", description = "The rules applied, the counts, each partner's places and how many it filled, and whether "
            + "the inputs are still the present ones.")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or no such run of it")
    public RunView get(@PathParam("callId") UUID callId, @PathParam("runId") UUID runId) {
        return allocations.get(callId, runId);
    }

    @GET
    @Path("/{runId}/export")
    @Produces({ "text/csv", ExportFormat.XLSX_TYPE })
    @Operation(summary = "Export a run's ranking", description = "One row per outcome in the run's order, in English: rank, receipt number, applicant, "
            + "a column per criterion, total, outcome, partner, preference, reserve position, the rule that put it above the next and the explanation. "
            + "CSV (UTF-8 with a byte order mark; text a spreadsheet would run as a formula starts with an apostrophe) or XLSX.")
    @APIResponse(responseCode = "200", description = "The file, named ranking-<call>-<date>.csv or .xlsx", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Invalid format")
    @APIResponse(responseCode = "404", description = "No such call, or no such run of it")
    public Response export(@PathParam("callId") UUID callId, @PathParam("runId") UUID runId,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "^(csv|xlsx)$", message = "must be csv or xlsx")
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = { "csv", "xlsx" })) String format) throws IOException {
        ExportFormat chosen = ExportFormat.of(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.export(callId, runId, chosen, out);
        return Response.ok(out.toByteArray(), chosen.contentType)
                .header("Content-Disposition", FileNames.contentDisposition(minutes.fileName(callId, "ranking", chosen.extension), false))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{runId}/outcomes")
    @Operation(summary = "A run's outcomes, one page at a time", description = "In the run's order (by rank, then the unranked), each with its per-criterion "
            + "scores, the rule that put it above the next rank and its explanation.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(implementation = OutcomePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or status")
    @APIResponse(responseCode = "404", description = "No such call, or no such run of it")
    public OutcomePage outcomes(@PathParam("callId") UUID callId, @PathParam("runId") UUID runId,
            @Parameter(description = "Only outcomes of this status", schema = @Schema(enumeration = { "PLACED", "RESERVE", "NOT_SELECTED", "INCOMPLETE", "DECLINED" }))
            @QueryParam("status") @Pattern(regexp = OutcomeStatus.PATTERN, message = OutcomeStatus.PATTERN_MESSAGE) String status,
            @Valid @BeanParam PageParams paging) {
        return allocations.outcomes(callId, runId, status == null ? null : OutcomeStatus.valueOf(status), paging);
    }
}
