package org.mobilitydesk.nomination;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.nomination.NominationViews.CancelInput;
import org.mobilitydesk.nomination.NominationViews.DecisionInput;
import org.mobilitydesk.nomination.NominationViews.NominationPage;
import org.mobilitydesk.nomination.NominationViews.NominationView;
import org.mobilitydesk.nomination.NominationViews.PeriodInput;

/** The home institution's nominations: reading, cancelling, moving the period. */
@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Nominations")
public class NominationResource {

    @Inject
    NominationService nominations;
    @Inject
    CurrentUser user;
    @Inject
    NominationLetters letters;

    @GET
    @Operation(summary = "The nominations, newest first, filtered")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = NominationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public NominationPage list(@Valid @BeanParam NominationQuery query) {
        return nominations.list(query.filter(), query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One nomination with its timeline")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "No such nomination")
    public NominationView get(@PathParam("id") UUID id) {
        return nominations.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Record the partner's decision by hand", description = "For a partner that answered by letter or e-mail: accepted "
            + "(optionally for other dates) or rejected with its reason, as the partner API would; marked as recorded by hand in the timeline, "
            + "and the partner's system is told. A rejection frees the place for the selection's cascade.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Version or decision missing, or a decision other than ACCEPTED or REJECTED")
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Stale version, or decided or cancelled already (currentStatus)")
    @APIResponse(responseCode = "422", description = "A rejection without its reason, only one date, or dates outside the limits")
    public NominationView decision(@PathParam("id") UUID id, @Valid @NotNull DecisionInput input) {
        return nominations.recordDecision(id, input, user.name());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a nominated or accepted nomination, with the reason told to the partner")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No version or no reason")
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Stale version, or rejected or cancelled already (currentStatus)")
    public NominationView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelInput input) {
        return nominations.cancel(id, input.version(), input.reason(), user.name());
    }

    @PUT
    @Path("/{id}/period")
    @Operation(summary = "Change the planned period", description = "Within the mobility type's limits and the agreement's academic years; the partner is told.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No version or a date missing")
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Stale version, or rejected or cancelled (currentStatus)")
    @APIResponse(responseCode = "422", description = "The end before the start, a period too short or too long, or outside the agreement's years")
    public NominationView period(@PathParam("id") UUID id, @Valid @NotNull PeriodInput input) {
        return nominations.changePeriod(id, input.version(), input.start(), input.end(), user.name());
    }

    @PUT
    @Path("/{id}/letter")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach the partner's letter", description = "The letter or e-mail (as PDF or scan) in which the partner gave the decision recorded by hand, or any later letter on it. A new one replaces the old; the timeline keeps both attachments.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = LetterUploadForm.class)))
    @APIResponse(responseCode = "200", description = "Attached", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No file part")
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Not decided yet (nomination.letterBeforeDecision, currentStatus)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by its content")
    @APIResponse(responseCode = "422", description = "The file is empty")
    public NominationView attachLetter(@PathParam("id") UUID id, LetterUploadForm form) {
        return letters.attach(id, null, form, user.name());
    }

    @GET
    @Path("/{id}/letter")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download the partner's letter")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such nomination, or no letter attached")
    public Response letter(@PathParam("id") UUID id) {
        return letters.download(id, null).response(false);
    }
}
