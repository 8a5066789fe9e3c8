package org.mobilitydesk.selection.results;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.results.ResultsViews.AnswerInput;
import org.mobilitydesk.selection.results.ResultsViews.AppealView;
import org.mobilitydesk.selection.results.ResultsViews.CallResultsView;
import org.mobilitydesk.selection.results.ResultsViews.PublishInput;
import org.mobilitydesk.selection.results.ResultsViews.StandingPage;
import org.mobilitydesk.user.SignedInUser;

@Path("/api/v1/calls/{callId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Selection")
public class ResultsResource {

    @Inject
    ResultsService results;
    @Inject
    AppealService appeals;
    @Inject
    StandingService standings;
    @Inject
    SignedInUser signedIn;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "A call's results", description = "Whether they are published and, once they are, how the candidates stand now.")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = CallResultsView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    public CallResultsView get(@PathParam("callId") UUID callId) {
        return results.summary(callId);
    }

    @POST
    @Operation(summary = "Publish the results of the decision in force", description = "Each candidate of the decided run gets their result; a placed "
            + "one an offer to answer within responseDays (to the end of the last day in the call's time zone). Every candidate is told by e-mail in "
            + "their language. The decision is not reopened after this. Recorded in the call's selection trail.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = CallResultsView.class)))
    @APIResponse(responseCode = "400", description = "responseDays missing or not 1 to 60")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "No decision is in force (results.notDecided), or the results are published (results.published)")
    public CallResultsView publish(@PathParam("callId") UUID callId, @Valid @NotNull PublishInput input) {
        return results.publish(callId, input, signedIn.subject(), user.name());
    }

    @GET
    @Path("/appeals")
    @Operation(summary = "The appeals against a call's results", description = "Waiting ones first, then by when they were lodged.")
    @APIResponse(responseCode = "200", description = "The appeals", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    public List<AppealView> appeals(@PathParam("callId") UUID callId) {
        return appeals.list(callId);
    }

    @POST
    @Path("/appeals/{appealId}/answer")
    @Operation(summary = "Answer an appeal", description = "Upheld or rejected, with the reasons the candidate reads. Once. Recorded in the call's "
            + "selection trail.")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "400", description = "Decision or answer missing, or the answer longer than 4000 characters")
    @APIResponse(responseCode = "404", description = "No such call, or no such appeal of it")
    @APIResponse(responseCode = "409", description = "Answered already (results.appealAnswered)")
    public AppealView answer(@PathParam("callId") UUID callId, @PathParam("appealId") UUID appealId, @Valid @NotNull AnswerInput input) {
        return appeals.answer(callId, appealId, input, signedIn.subject(), user.name());
    }

    @GET
    @Path("/standings")
    @Operation(summary = "How each candidate stands now", description = "After publication: each candidate's present outcome, the answer to "
            + "their offer and the moves of the cascades, by rank, then the unranked; empty until the results are published.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(implementation = StandingPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or status")
    @APIResponse(responseCode = "404", description = "No such call")
    public StandingPage standings(@PathParam("callId") UUID callId,
            @Parameter(description = "Only candidates of this status", schema = @Schema(enumeration = { "PLACED", "RESERVE", "NOT_SELECTED", "INCOMPLETE", "DECLINED" }))
            @QueryParam("status") @Pattern(regexp = OutcomeStatus.PATTERN, message = OutcomeStatus.PATTERN_MESSAGE) String status,
            @Valid @BeanParam PageParams paging) {
        return standings.page(callId, status == null ? null : OutcomeStatus.valueOf(status), paging);
    }
}
