package org.mobilitydesk.selection.panel;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.panel.PanelViews.CoverageView;
import org.mobilitydesk.selection.panel.PanelViews.PanelView;
import org.mobilitydesk.user.SignedInUser;

@Path("/api/v1/calls/{callId}/panel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Evaluation panel", description = "Coordinators set a call's evaluation panel and see how it covers the eligible applications after conflicts of interest")
public class PanelResource {

    @Inject
    PanelService panels;
    @Inject
    SignedInUser signedIn;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Read a call's evaluation panel", description = "A call without a panel answers the empty one (configured=false, version 0, the defaults).")
    @APIResponse(responseCode = "200", description = "The panel", content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public PanelView get(@PathParam("callId") UUID callId) {
        return panels.get(callId);
    }

    @PUT
    @Operation(summary = "Set a call's evaluation panel", description = "Replaces members, mode, minimum and (CHOSEN mode) assignments, while the call is published or closed. "
            + "Members are known users (signed in once) with the evaluator role; assignments name members and submitted, eligible applications of this call. "
            + "Send the version you loaded (0 for a call without a panel). Recorded in the call's selection trail.")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = PanelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, mode or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Stale version, or a draft call (code panel.call.draft)")
    @APIResponse(responseCode = "422", description = "A member or an assignment refused, or the minimum or threshold out of range (each with its code)")
    public PanelView set(@PathParam("callId") UUID callId, @Valid @NotNull PanelInput input) {
        return panels.set(callId, input, signedIn.subject(), user.name());
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "How the panel covers the call's applications", description = "Per submitted, eligible application: evaluators assigned, who declared no conflict, "
            + "who declared a conflict (with the note), who has not declared, and how many evaluators it lacks to reach the minimum after the conflicts; with totals.")
    @APIResponse(responseCode = "200", description = "The coverage", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public CoverageView coverage(@PathParam("callId") UUID callId) {
        return panels.coverage(callId);
    }
}
