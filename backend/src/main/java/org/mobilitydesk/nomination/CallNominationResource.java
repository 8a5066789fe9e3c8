package org.mobilitydesk.nomination;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.mobilitydesk.nomination.NominationViews.NominateInput;
import org.mobilitydesk.nomination.NominationViews.NominationList;

/** Nominating a call's selected candidates to the partners of their places. */
@Path("/api/v1/calls/{callId}/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Nominations")
public class CallNominationResource {

    @Inject
    NominateService nominate;
    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Nominate the candidates who accepted their places", description = "One nomination per application, to the partner "
            + "of the accepted place, under the outgoing flow of an agreement in force for the call's type and year. An application nominated "
            + "already is answered as it is. All or nothing: any refusal stores nothing. Going over a flow's mobilities per year needs overrideReason.")
    @APIResponse(responseCode = "200", description = "The nominations of the applications, in the order asked", content = @Content(schema = @Schema(implementation = NominationList.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "422", description = "An application unknown or without an accepted place, no flow, a document not theirs, a period outside the limits, or over capacity")
    public NominationList nominate(@PathParam("callId") UUID callId, @Valid @NotNull NominateInput input) {
        return nominate.nominate(callId, input, user.name());
    }
}
