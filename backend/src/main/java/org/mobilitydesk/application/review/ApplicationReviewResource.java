package org.mobilitydesk.application.review;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.mobilitydesk.application.review.ReviewViews.ApplicationView;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Application review")
public class ApplicationReviewResource {

    @Inject
    ReviewService review;
    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Read a submitted application", description = "With the call, the profile as it was at submission, the documents, the eligibility decision, the private note and the timeline.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such application, or a draft")
    public ApplicationView get(@PathParam("id") UUID id) {
        return review.get(id);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Download a document of a submitted application", description = "The file as uploaded, with its type; attachment unless inline=true "
            + "(to preview a PDF or an image). The response is sandboxed (Content-Security-Policy: sandbox) and never sniffed.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    @APIResponse(responseCode = "404", description = "No such application or document, a draft, or another application's document")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @QueryParam("inline") @DefaultValue("false") @Parameter(description = "true: shown in the browser rather than saved") boolean inline) {
        return review.document(id, documentId).response(inline);
    }

    @PUT
    @Path("/{id}/eligibility")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Decide whether a submitted application is eligible", description = "INELIGIBLE needs a reason, which the applicant reads; PENDING takes a decision back. "
            + "The decision goes into the timeline with its reason. Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such application, or a draft")
    @APIResponse(responseCode = "409", description = "Stale version, or withdrawn (currentStatus says so)")
    @APIResponse(responseCode = "422", description = "INELIGIBLE without a reason")
    public ApplicationView decide(@PathParam("id") UUID id, @Valid @NotNull EligibilityInput input) {
        return review.decide(id, input, user.name());
    }

    @PUT
    @Path("/{id}/note")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Save the coordinators' private note on an application", description = "Never shown to the applicant; blank clears it. Send the version you loaded.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Longer than 10,000 characters, or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such application, or a draft")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ApplicationView note(@PathParam("id") UUID id, @Valid @NotNull NoteInput input) {
        return review.note(id, input);
    }
}
