package org.mobilitydesk.nomination;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.PUT;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.nomination.NominationViews.AcceptInput;
import org.mobilitydesk.nomination.NominationViews.NominationPage;
import org.mobilitydesk.nomination.NominationViews.NominationView;
import org.mobilitydesk.nomination.NominationViews.RejectInput;
import org.mobilitydesk.partner.PartnerCaller;

/**
 * The nominations sent to the calling partner system's institution: it reads them (another partner's is a 404),
 * downloads the documents shared with it, and accepts or rejects each nominee.
 */
@Path("/api/v1/partner/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@SecurityRequirement(name = "bearer")
@Tag(name = "Partner API")
public class PartnerNominationResource {

    @Inject
    NominationService nominations;
    @Inject
    PartnerCaller caller;
    @Inject
    NominationLetters letters;

    @GET
    @Operation(summary = "The nominations to the calling partner's institution, newest first")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = NominationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or status")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped to an institution")
    public NominationPage list(@Parameter(description = "Only nominations in this state", schema = @Schema(enumeration = { "NOMINATED", "ACCEPTED", "REJECTED", "CANCELLED" }))
            @QueryParam("status") @Pattern(regexp = NominationStatus.PATTERN, message = NominationStatus.PATTERN_MESSAGE) String status,
            @Valid @BeanParam PageParams paging) {
        NominationPage page = nominations.list(new NominationService.Filter(null, NominationQuery.status(status), caller.institutionId(), null), paging);
        return new NominationPage(page.items.stream().map(NominationView::forPartner).toList(), page.page, page.size, page.total);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One nomination with the participant's data and the shared documents")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such nomination to this partner")
    public NominationView get(@PathParam("id") UUID id) {
        return nominations.forPartner(id, caller.institutionId());
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download a document shared with the partner")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such nomination to this partner, or a document not shared")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return nominations.sharedDocument(id, documentId, caller.institutionId()).response(false);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept the nominee, optionally for adjusted dates", description = "Accepting again answers the nomination as it is.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such nomination to this partner")
    @APIResponse(responseCode = "409", description = "Rejected or cancelled (currentStatus)")
    @APIResponse(responseCode = "422", description = "Only one date, or dates outside the type's limits or the agreement's years")
    public NominationView accept(@PathParam("id") UUID id, @Valid AcceptInput input) {
        AcceptInput dates = input == null ? new AcceptInput(null, null) : input;
        return nominations.accept(id, caller.institutionId(), dates.start(), dates.end(), actor());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject the nominee, saying why", description = "The candidate's place is freed and offered on by the selection. Rejecting again answers the nomination as it is.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such nomination to this partner")
    @APIResponse(responseCode = "409", description = "Accepted or cancelled (currentStatus)")
    public NominationView reject(@PathParam("id") UUID id, @Valid @NotNull RejectInput input) {
        return nominations.reject(id, caller.institutionId(), input.reason(), actor());
    }

    @PUT
    @Path("/{id}/letter")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach your letter on the decision", description = "After accepting or rejecting: e.g. the acceptance letter. A new one replaces the old; the timeline keeps both attachments.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = LetterUploadForm.class)))
    @APIResponse(responseCode = "200", description = "Attached", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No file part")
    @APIResponse(responseCode = "404", description = "No such nomination to this partner")
    @APIResponse(responseCode = "409", description = "Not decided yet (nomination.letterBeforeDecision, currentStatus)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by its content")
    @APIResponse(responseCode = "422", description = "The file is empty")
    public NominationView attachLetter(@PathParam("id") UUID id, LetterUploadForm form) {
        return letters.attach(id, caller.institutionId(), form, actor());
    }

    @GET
    @Path("/{id}/letter")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download the partner's letter")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such nomination to this partner, or no letter attached")
    public Response letter(@PathParam("id") UUID id) {
        return letters.download(id, caller.institutionId()).response(false);
    }

    private String actor() {
        return "partner:" + caller.clientId();
    }
}
