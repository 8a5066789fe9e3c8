package org.mobilitydesk.call;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.call.CallViews.PublicCallPage;
import org.mobilitydesk.call.CallViews.PublicCallView;

@Path("/api/v1/public/calls")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public calls", description = "Open and upcoming calls as anyone sees them, without signing in")
public class PublicCallResource {

    @Inject
    CallService calls;

    @GET
    @Operation(summary = "List open and upcoming calls", description = "Published calls before their deadline, the soonest deadline first.")
    @APIResponse(responseCode = "200", description = "One page of calls", content = @Content(schema = @Schema(implementation = PublicCallPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    public PublicCallPage list(@Valid @BeanParam PublicCallQuery query) {
        return calls.publicList(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an open or upcoming call", description = "Places per partner, eligibility, documents, selection criteria, the deadline and the changes since publication.")
    @APIResponse(responseCode = "200", description = "The call", content = @Content(schema = @Schema(implementation = PublicCallView.class)))
    @APIResponse(responseCode = "404", description = "No such call open or upcoming (drafts and closed calls are not public)")
    public PublicCallView get(@PathParam("id") UUID id) {
        return calls.publicGet(id);
    }
}
