package org.mobilitydesk.agreement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.agreement.AgreementViews.AgreementPage;
import org.mobilitydesk.agreement.AgreementViews.AgreementView;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.partner.PartnerCaller;

/**
 * The agreements of the calling partner system's institution: it reads them (another partner's agreement is a 404)
 * and approves or declines the conditions by the hash it saw.
 */
@Path("/api/v1/partner/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@SecurityRequirement(name = "bearer")
@Tag(name = "Partner API")
public class PartnerAgreementResource {

    @Schema(name = "PartnerApproval", description = "The conditions' hash the partner read and approves")
    public record ApprovalInput(
            @Schema(required = true, description = "contentHash of the agreement as read", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lower-case hexadecimal digits") String hash) {
    }

    @Schema(name = "PartnerDecline", description = "The conditions' hash the partner read and declines, with what it wants changed")
    public record DeclineInput(
            @Schema(required = true) @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lower-case hexadecimal digits") String hash,
            @Schema(required = true, maxLength = 2000, examples = "Please add a staff training flow.") @NotBlank @Size(max = 2000) String comment) {
    }

    @Inject
    AgreementService agreements;
    @Inject
    PartnerCaller caller;

    @GET
    @Operation(summary = "The agreements with the calling partner's institution")
    @APIResponse(responseCode = "200", description = "One page of agreements", content = @Content(schema = @Schema(implementation = AgreementPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped to an institution")
    public AgreementPage list(@Valid @BeanParam PageParams paging) {
        AgreementQuery query = new AgreementQuery();
        query.page = paging.page;
        query.size = paging.size;
        query.sort = "-updatedAt";
        query.partnerId = caller.institutionId();
        return agreements.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agreement with its flows and content hash", description = "The version in force (before the first approval: the current one) and, while one is in progress, the amendment with its own flows and hash. Without the home institution's internal notes.")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such agreement with this partner")
    public AgreementView get(@PathParam("id") UUID id) {
        return agreements.forPartner(id, caller.institutionId());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The agreement printed as PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such agreement with this partner")
    public Response pdf(@PathParam("id") UUID id) {
        agreements.forPartner(id, caller.institutionId());
        return AgreementResource.pdfResponse(id, agreements.pdf(id));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve the conditions with this hash", description = "The hash of an agreement signed by the home institution, or of its amendment so signed: these conditions are then the version in force. A hash that is not the current one is a 409 with the current hash.")
    @APIResponse(responseCode = "200", description = "In force", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Malformed hash")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such agreement with this partner")
    @APIResponse(responseCode = "409", description = "Not awaiting approval, or the conditions changed (currentStatus, currentHash)")
    public AgreementView approve(@PathParam("id") UUID id, @Valid @NotNull ApprovalInput input) {
        return agreements.approveByPartner(id, caller.institutionId(), input.hash(), actor()).withoutNotes();
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline the conditions with this hash, saying what should change")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Malformed hash or no comment")
    @APIResponse(responseCode = "403", description = "Not a partner system, or its client is not mapped")
    @APIResponse(responseCode = "404", description = "No such agreement with this partner")
    @APIResponse(responseCode = "409", description = "Not awaiting approval, or the conditions changed (currentStatus, currentHash)")
    public AgreementView decline(@PathParam("id") UUID id, @Valid @NotNull DeclineInput input) {
        return agreements.declineByPartner(id, caller.institutionId(), input.hash(), input.comment(), actor()).withoutNotes();
    }

    private String actor() {
        return "partner:" + caller.clientId();
    }
}
