package org.mobilitydesk.institution;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.VersionInput;

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "Partner universities: the public directory, and management by the international relations coordinator")
public class InstitutionResource {

    @Inject
    InstitutionService institutions;
    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(summary = "List partner institutions", description = "Anyone may call this (the public partner directory). Coordinators and admins also get contacts and notes and may list archived institutions.")
    @APIResponse(responseCode = "200", description = "One page of institutions", content = @Content(schema = @Schema(implementation = InstitutionPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    public InstitutionPage list(@Valid @BeanParam InstitutionQuery query) {
        return institutions.list(query, user.isStaff());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read one partner institution", description = "Anyone may read an active institution; coordinators and admins also see archived ones, contacts and notes.")
    @APIResponse(responseCode = "200", description = "The institution", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "404", description = "No such institution")
    public InstitutionView get(@PathParam("id") UUID id) {
        return institutions.get(id, user.isStaff());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a partner institution")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "409", description = "The Erasmus code belongs to another institution")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "Unknown country code")
    public Response create(@Valid @NotNull InstitutionInput input) {
        InstitutionView created = institutions.create(input, user.name());
        return Response.created(URI.create("/api/v1/institutions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update a partner institution", description = "Send the version you loaded; a stale version is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate Erasmus code")
    @APIResponse(responseCode = "422", description = "Unknown country code")
    public InstitutionView update(@PathParam("id") UUID id, @Valid @NotNull InstitutionInput input) {
        return institutions.update(id, input, user.name());
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a partner institution", description = "It disappears from the public directory; nothing is deleted.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "Stale version, or already archived")
    public InstitutionView archive(@PathParam("id") UUID id, @Valid @NotNull VersionInput input) {
        return institutions.changeStatus(id, input.version(), InstitutionStatus.ARCHIVED, user.name());
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Restore an archived partner institution")
    @APIResponse(responseCode = "200", description = "Active again", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "Stale version, or not archived")
    public InstitutionView restore(@PathParam("id") UUID id, @Valid @NotNull VersionInput input) {
        return institutions.changeStatus(id, input.version(), InstitutionStatus.ACTIVE, user.name());
    }
}
