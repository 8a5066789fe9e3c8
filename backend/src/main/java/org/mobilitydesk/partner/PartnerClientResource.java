package org.mobilitydesk.partner;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Partner clients", description = "Administrators map the OAuth clients of partner systems to the institutions they act for")
public class PartnerClientResource {

    static final String CLIENT_ID_PATTERN = "^[A-Za-z0-9._:-]{1,100}$";

    @Inject
    PartnerClientService clients;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "List the mapped partner clients", description = "Sorted by client id.")
    @APIResponse(responseCode = "200", description = "One page of partner clients", content = @Content(schema = @Schema(implementation = PartnerClientPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PartnerClientPage list(@Valid @BeanParam PageParams paging) {
        return clients.list(paging);
    }

    @PUT
    @Path("/{clientId}")
    @Operation(summary = "Map a client to a partner institution", description = "Creates the mapping or moves the client to another institution. "
            + "Map only confidential clients of partner systems (client credentials), never the SPA: every caller with role partner "
            + "whose token names the client acts for that institution.")
    @APIResponse(responseCode = "200", description = "The client now acts for another institution", content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "201", description = "Mapped for the first time", content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid client id or body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "The institution is not a partner institution")
    public Response map(@PathParam("clientId") @Parameter(description = "OAuth client id, as the token's azp claim names it", example = "partner-tartu")
            @Pattern(regexp = CLIENT_ID_PATTERN, message = "must be 1 to 100 letters, digits or . _ : -") String clientId,
            @Valid @NotNull PartnerClientInput input) {
        PartnerClientService.Mapped mapped = clients.map(clientId, input.institutionId(), user.name());
        if (mapped.created()) {
            return Response.created(URI.create("/api/v1/partner-clients/" + clientId)).entity(mapped.client()).build();
        }
        return Response.ok(mapped.client()).build();
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Remove a client's mapping", description = "The client can no longer use the partner API until it is mapped again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "The client is not mapped")
    public void unmap(@PathParam("clientId") @Parameter(description = "OAuth client id", example = "partner-tartu") String clientId) {
        clients.unmap(clientId);
    }
}
