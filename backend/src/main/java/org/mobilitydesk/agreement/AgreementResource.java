package org.mobilitydesk.agreement;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.mobilitydesk.agreement.AgreementViews.AgreementPage;
import org.mobilitydesk.agreement.AgreementViews.AgreementView;
import org.mobilitydesk.agreement.AgreementViews.DiffView;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.VersionInput;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Agreements", description = "Inter-institutional agreements: cooperation conditions, their versions and content hash, signature, partner approval and termination")
public class AgreementResource {

    @Inject
    AgreementService agreements;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "List agreements")
    @APIResponse(responseCode = "200", description = "One page of agreements", content = @Content(schema = @Schema(implementation = AgreementPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    public AgreementPage list(@Valid @BeanParam AgreementQuery query) {
        return agreements.list(query);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Read an agreement with its flows, versions and history")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public AgreementView get(@PathParam("id") UUID id) {
        return agreements.get(id);
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a draft agreement with the partner")
    @APIResponse(responseCode = "201", description = "Created as a draft", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "409", description = "The home institution is not configured")
    @APIResponse(responseCode = "422", description = "Unknown partner or codes, or flows that break a rule")
    public Response create(@Valid @NotNull AgreementInput input) {
        AgreementView created = agreements.create(input, user.name());
        return Response.created(URI.create("/api/v1/agreements/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Update an agreement", description = "Send the version you loaded. Changing the years or flows makes a new version of the conditions that must be signed and approved: before the first approval the agreement is a draft again; an agreement in force stays in force on its approved version, with the new version as its amendment, until the partner approves it.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Stale version, or terminated")
    @APIResponse(responseCode = "422", description = "Flows that break a rule, or another partner")
    public AgreementView update(@PathParam("id") UUID id, @Valid @NotNull AgreementInput input) {
        return agreements.update(id, input, user.name());
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Sign the current conditions for the home institution", description = "The partner then approves or declines this hash.")
    @APIResponse(responseCode = "200", description = "Signed, awaiting the partner", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Stale version, or a status that cannot be signed (currentStatus says which)")
    @APIResponse(responseCode = "422", description = "No flows")
    public AgreementView sign(@PathParam("id") UUID id, @Valid @NotNull SignInput input) {
        return agreements.sign(id, input, user.name());
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Terminate an agreement in force", description = "One academic year of notice, unless overridden with a reason. Refused while an amendment is in progress (restore the approved version first) and for an expired agreement.")
    @APIResponse(responseCode = "200", description = "Terminated", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Stale version, not in force, or an amendment in progress (currentStatus says what it is)")
    @APIResponse(responseCode = "422", description = "Too little notice, or an override without a reason")
    public AgreementView terminate(@PathParam("id") UUID id, @Valid @NotNull TerminateInput input) {
        return agreements.terminate(id, input, user.name());
    }

    @POST
    @Path("/{id}/restore-approved")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Withdraw the amendment in progress", description = "The approved version, in force all along, is the current one again.")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Stale version, or no amendment in progress")
    public AgreementView restoreApproved(@PathParam("id") UUID id, @Valid @NotNull VersionInput input) {
        return agreements.restoreApproved(id, input.version(), user.name());
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "What changed between two versions of the conditions", description = "By default from the last approved version to the current one.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(schema = @Schema(implementation = DiffView.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such agreement or version")
    @APIResponse(responseCode = "422", description = "No from given and no approved version")
    public DiffView diff(@PathParam("id") UUID id,
            @QueryParam("from") @Min(value = 1, message = "must be 1 or more") @Parameter(description = "Version number; default the last approved") Integer from,
            @QueryParam("to") @Min(value = 1, message = "must be 1 or more") @Parameter(description = "Version number; default the current") Integer to) {
        return agreements.diff(id, from, to);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "The agreement printed as PDF", description = "Both partners, the years, the flows, the language skills, a signatures block and the content hash.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Response pdf(@PathParam("id") UUID id) {
        return pdfResponse(id, agreements.pdf(id));
    }

    static Response pdfResponse(UUID id, byte[] pdf) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"agreement-" + id + ".pdf\"").build();
    }
}
