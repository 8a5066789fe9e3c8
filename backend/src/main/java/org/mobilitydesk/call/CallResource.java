package org.mobilitydesk.call;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.mobilitydesk.call.CallViews.CallPage;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.CallViews.ChangeView;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.VersionInput;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Calls", description = "Mobility calls: places per partner, eligibility, documents, selection criteria, opening and deadline; draft, published, closed at the deadline")
public class CallResource {

    @Inject
    CallService calls;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "List calls")
    @APIResponse(responseCode = "200", description = "One page of calls", content = @Content(schema = @Schema(implementation = CallPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    public CallPage list(@Valid @BeanParam CallQuery query) {
        return calls.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a call with its places, rules and internal fields")
    @APIResponse(responseCode = "200", description = "The call", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public CallView get(@PathParam("id") UUID id) {
        return calls.get(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "A call's change log", description = "Its publication and every change since, with who, when, why and which parts; oldest first.")
    @APIResponse(responseCode = "200", description = "The change log", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such call")
    public List<ChangeView> changes(@PathParam("id") UUID id) {
        return calls.changes(id);
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a draft call")
    @APIResponse(responseCode = "201", description = "Created as a draft", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "409", description = "The home institution is not configured")
    @APIResponse(responseCode = "422", description = "A rule refuses it: unknown or archived partner, places beyond the agreements without a reason, weights not adding up to 100, unknown codes, deadline not after the opening")
    public Response create(@Valid @NotNull CallInput input) {
        CallView created = calls.create(input, user.name());
        return Response.created(URI.create("/api/v1/calls/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a call", description = "Send the version you loaded. A published call changes only with changeReason, which its change log keeps and applicants read; its type, direction and academic year stay. A closed call does not change.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Stale version, or closed (currentStatus says so)")
    @APIResponse(responseCode = "422", description = "A rule refuses it, or a published call without changeReason")
    public CallView update(@PathParam("id") UUID id, @Valid @NotNull CallInput input) {
        return calls.update(id, input, user.name());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish a draft call", description = "It needs places at one partner at least, selection criteria, an English description and a deadline in the future. Anyone can then read it.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Stale version, or not a draft (currentStatus says what it is)")
    @APIResponse(responseCode = "422", description = "Incomplete, or a rule refuses it now (an agreement ended, a partner was archived)")
    public CallView publish(@PathParam("id") UUID id, @Valid @NotNull VersionInput input) {
        return calls.publish(id, input.version(), user.name());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Delete a draft call")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "Stale version, or not a draft (currentStatus says what it is)")
    public void delete(@PathParam("id") UUID id,
            @QueryParam("version") @NotNull(message = "is required: send the version you loaded") @Parameter(description = "The version you loaded", required = true) Integer version) {
        calls.delete(id, version);
    }
}
