package org.mobilitydesk.project;

import java.net.URI;
import java.util.UUID;

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
import org.mobilitydesk.project.ProjectViews.BudgetView;
import org.mobilitydesk.project.ProjectViews.ProjectInput;
import org.mobilitydesk.project.ProjectViews.ProjectPage;
import org.mobilitydesk.project.ProjectViews.ProjectView;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Projects", description = "KA171 projects: the grant agreements that fund the mobilities, with partners and budget")
public class ProjectResource {

    @Inject
    ProjectService projects;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "List KA171 projects")
    @APIResponse(responseCode = "200", description = "One page of projects", content = @Content(schema = @Schema(implementation = ProjectPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor admin")
    public ProjectPage list(@Valid @BeanParam ProjectQuery query) {
        return projects.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a KA171 project")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = "Neither coordinator nor admin")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectView get(@PathParam("id") UUID id) {
        return projects.get(id);
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record a KA171 project")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, such as a malformed reference")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "409", description = "Another project has this reference")
    @APIResponse(responseCode = "422", description = "A programme rule refuses it (duration, beneficiary, reference against call year and country, partners, budget lines)")
    public Response create(@Valid @NotNull ProjectInput input) {
        ProjectView created = projects.create(input, user.name());
        return Response.created(URI.create("/api/v1/projects/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a KA171 project", description = "Send the version you loaded; a stale version is a 409 and changes nothing.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or no version")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Stale version, or another project has this reference")
    @APIResponse(responseCode = "422", description = "A programme rule refuses it")
    public ProjectView update(@PathParam("id") UUID id, @Valid @NotNull ProjectInput input) {
        return projects.update(id, input, user.name());
    }

    @GET
    @Path("/{id}/budget")
    @Operation(summary = "A project's budget: allocated, committed and paid per partner region and budget line", description = "Committed and paid come from the grants of mobilities.")
    @APIResponse(responseCode = "200", description = "The budget", content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "403", description = "Neither coordinator nor admin")
    @APIResponse(responseCode = "404", description = "No such project")
    public BudgetView budget(@PathParam("id") UUID id) {
        return projects.budget(id);
    }
}
