package org.mobilitydesk.selection.panel;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.panel.ScoringViews.CallScoresView;

@Path("/api/v1/calls/{callId}/scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Evaluation panel", description = "Coordinators set a call's evaluation panel and see how it covers the eligible applications after conflicts of interest")
public class CallScoresResource {

    @Inject
    ScoringService scoring;

    @GET
    @Operation(summary = "The scores of a call's eligible applications", description = "Per application: the evaluators who submitted and the panel's minimum, per criterion "
            + "the mean of the submitted scores or the value computed from the submitted profile (two decimals), the total on 0–100 rounded at the end "
            + "(absent while evaluations are missing) and the flags for the commission. Highest total first, incomplete ones last, then by receipt number.")
    @APIResponse(responseCode = "200", description = "The scores", content = @Content(schema = @Schema(implementation = CallScoresView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public CallScoresView scores(@PathParam("callId") UUID callId) {
        return scoring.call(callId);
    }
}
