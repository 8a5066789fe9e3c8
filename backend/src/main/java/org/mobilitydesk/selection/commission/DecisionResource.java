package org.mobilitydesk.selection.commission;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.application.FileNames;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.commission.DecisionViews.DecisionInput;
import org.mobilitydesk.selection.commission.DecisionViews.DecisionState;
import org.mobilitydesk.selection.commission.DecisionViews.ReopenInput;
import org.mobilitydesk.user.SignedInUser;

@Path("/api/v1/calls/{callId}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Selection")
public class DecisionResource {

    @Inject
    DecisionService decisions;
    @Inject
    MinutesService minutes;
    @Inject
    SignedInUser signedIn;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "A call's commission decision", description = "The decision in force, if any, and the reopened ones with their reasons.")
    @APIResponse(responseCode = "200", description = "The decisions", content = @Content(schema = @Schema(implementation = DecisionState.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    public DecisionState get(@PathParam("callId") UUID callId) {
        return decisions.state(callId);
    }

    @POST
    @Operation(summary = "Record the commission's decision", description = "Adopts an allocation run of the closed call that is still current (no score, "
            + "eligibility, place or rule changed since it ran), with the meeting's date, the members present and remarks. The panel, the declarations "
            + "and the scores are locked until the decision is reopened. Two coordinators deciding at once: the second is refused. Recorded in the call's "
            + "selection trail.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = DecisionState.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: runId, meetingDate, members (1 to 30 names) or remarks too long")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call has not closed (commission.run.callNotClosed), a decision is in force "
            + "(commission.decision.alreadyDecided) or the run is out of date (commission.decision.runOutOfDate)")
    @APIResponse(responseCode = "422", description = "No run of this call has the id (commission.decision.unknownRun), or the meeting date is after today "
            + "(commission.decision.meetingInFuture)")
    public DecisionState decide(@PathParam("callId") UUID callId, @Valid @NotNull DecisionInput input) {
        return decisions.decide(callId, input, signedIn.subject(), user.name());
    }

    @POST
    @Path("/reopen")
    @Operation(summary = "Reopen the decision in force", description = "With the reason, which is kept with the decision and recorded in the call's "
            + "selection trail. The panel, declarations and scores can change again; a new decision adopts a new run.")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = DecisionState.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or longer than 2000 characters")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "No decision is in force (commission.decision.notDecided)")
    public DecisionState reopen(@PathParam("callId") UUID callId, @Valid @NotNull ReopenInput input) {
        return decisions.reopen(callId, input, signedIn.subject(), user.name());
    }

    @GET
    @Path("/minutes")
    @Produces("application/pdf")
    @Operation(summary = "The minutes of the decision in force", description = "A PDF in English: the call, the meeting, criteria and weights, the rules "
            + "and tie-break order, the panel and the conflicts declared, the ranking with per-criterion scores and flags, the allocation per partner "
            + "and the reserve list.")
    @APIResponse(responseCode = "200", description = "The PDF, named minutes-<call>-<date>.pdf", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "No decision is in force (commission.decision.notDecided)")
    public Response minutes(@PathParam("callId") UUID callId) {
        byte[] pdf = minutes.minutes(callId);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", FileNames.contentDisposition(minutes.fileName(callId, "minutes", "pdf"), false))
                .header("Cache-Control", "no-store").build();
    }
}
