package org.mobilitydesk.selection.results;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.applicant.SignedInApplicant;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.results.ResultsViews.AppealInput;
import org.mobilitydesk.selection.results.ResultsViews.MyResultView;

@Path("/api/v1/me/applications/{id}/result")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
@SecurityRequirement(name = "bearer")
@Tag(name = "Applicant portal")
public class MyResultResource {

    @Inject
    ResultsService results;
    @Inject
    OfferService offers;
    @Inject
    AppealService appeals;
    @Inject
    SignedInApplicant applicant;

    @GET
    @Operation(summary = "My selection result", description = "published=false until the call's results are published; then my outcome, rank, total, "
            + "scores per criterion, the explanation and the offer with its deadline in UTC and in the call's time zone. Only my own applications.")
    @APIResponse(responseCode = "200", description = "My result", content = @Content(schema = @Schema(implementation = MyResultView.class)))
    @APIResponse(responseCode = "404", description = "Not my application")
    public MyResultView get(@PathParam("id") UUID id) {
        return results.mine(id, applicant.subject());
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept the place offered to me", description = "Before the deadline; accepting again changes nothing. Recorded in the call's "
            + "selection trail.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = MyResultView.class)))
    @APIResponse(responseCode = "404", description = "Not my application")
    @APIResponse(responseCode = "409", description = "No place offered (results.noOffer), declined or expired (results.declined), or the deadline passed "
            + "(results.deadlinePassed)")
    public MyResultView accept(@PathParam("id") UUID id) {
        return offers.accept(id, applicant.subject());
    }

    @POST
    @Path("/decline")
    @Operation(summary = "Decline the place offered to me, or withdraw", description = "Declining an offer, withdrawing after accepting it, or leaving "
            + "the reserve list takes me out of this selection for good; the place freed is offered down the ranks. Declining again changes nothing.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = MyResultView.class)))
    @APIResponse(responseCode = "404", description = "Not my application")
    @APIResponse(responseCode = "409", description = "Neither a place nor a reserve position to give up (results.noOffer)")
    public MyResultView decline(@PathParam("id") UUID id) {
        return offers.decline(id, applicant.subject());
    }

    @POST
    @Path("/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appeal my result", description = "Until appealUntil, one waiting appeal at a time; a coordinator answers it with a recorded "
            + "decision, which my result then shows. Recorded in the call's selection trail.")
    @APIResponse(responseCode = "200", description = "Lodged", content = @Content(schema = @Schema(implementation = MyResultView.class)))
    @APIResponse(responseCode = "400", description = "The text is missing or longer than 4000 characters")
    @APIResponse(responseCode = "404", description = "Not my application")
    @APIResponse(responseCode = "409", description = "Not published (results.notPublished), the appeal days ended (results.appealClosed), or an "
            + "appeal waits (results.appealWaiting)")
    public MyResultView appeal(@PathParam("id") UUID id, @Valid @NotNull AppealInput input) {
        return appeals.lodge(id, applicant.subject(), input);
    }
}
