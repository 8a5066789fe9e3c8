package org.mobilitydesk.selection.panel;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.panel.EvaluationViews.AssignedApplicationPage;
import org.mobilitydesk.selection.panel.EvaluationViews.AssignedQuery;
import org.mobilitydesk.selection.panel.EvaluationViews.DeclarationInput;
import org.mobilitydesk.selection.panel.EvaluationViews.DeclarationView;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluationApplicationView;
import org.mobilitydesk.selection.panel.EvaluationViews.EvaluationCallPage;
import org.mobilitydesk.selection.panel.ScoringViews.EvaluationInput;
import org.mobilitydesk.selection.panel.ScoringViews.MyEvaluationView;
import org.mobilitydesk.selection.panel.ScoringViews.SubmitInput;
import org.mobilitydesk.user.SignedInUser;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVALUATOR)
@SecurityRequirement(name = "bearer")
@Tag(name = "Evaluation", description = "Evaluators see the calls and applications assigned to them, declare conflicts of interest, then read and score the applications")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;
    @Inject
    ScoringService scoring;
    @Inject
    SignedInUser signedIn;

    @GET
    @Path("/calls")
    @Operation(summary = "The calls whose panel I am on", description = "With how many of my applications I still have to declare for, declared no conflict for, and declared a conflict for.")
    @APIResponse(responseCode = "200", description = "One page of calls", content = @Content(schema = @Schema(implementation = EvaluationCallPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator")
    public EvaluationCallPage calls(@Valid @BeanParam PageParams paging) {
        return evaluations.calls(signedIn.subject(), paging);
    }

    @GET
    @Path("/calls/{callId}/applications")
    @Operation(summary = "The applications of a call assigned to me", description = "Only what spots a conflict of interest (receipt number, applicant's name, study programme "
            + "or department) and my declaration; the content is read after declaring no conflict.")
    @APIResponse(responseCode = "200", description = "One page of applications", content = @Content(schema = @Schema(implementation = AssignedApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator")
    @APIResponse(responseCode = "404", description = "No such call, or I am not on its panel")
    public AssignedApplicationPage applications(@PathParam("callId") UUID callId, @BeanParam AssignedQuery query, @Valid @BeanParam PageParams paging) {
        return evaluations.applications(callId, signedIn.subject(), query.state, paging);
    }

    @PUT
    @Path("/applications/{applicationId}/declaration")
    @Operation(summary = "Declare a conflict of interest, or none, for an application", description = "Once the call has closed. A conflict needs a note and takes me off the "
            + "application; no conflict opens its content. No conflict may later become a conflict, never the reverse; repeating the current declaration changes nothing. "
            + "Every declaration is recorded with its time.")
    @APIResponse(responseCode = "200", description = "My declaration now", content = @Content(schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "conflict missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator")
    @APIResponse(responseCode = "404", description = "No such application, or not assigned to me")
    @APIResponse(responseCode = "409", description = "The call has not closed (panel.declaration.callNotClosed), or a conflict taken back (panel.declaration.conflictFinal)")
    @APIResponse(responseCode = "422", description = "A conflict without a note, or a note over 1000 characters")
    public DeclarationView declare(@PathParam("applicationId") UUID applicationId, @Valid @NotNull DeclarationInput input) {
        return evaluations.declare(applicationId, signedIn.subject(), input);
    }

    @GET
    @Path("/applications/{applicationId}")
    @Operation(summary = "Read an application assigned to me", description = "After declaring no conflict: the profile as submitted, the preferences, the planned period, "
            + "the motivation and the documents; never the eligibility reason or the coordinators' note.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = EvaluationApplicationView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator, or not declared yet (panel.declaration.required)")
    @APIResponse(responseCode = "404", description = "No such application, not assigned to me, or I declared a conflict")
    public EvaluationApplicationView content(@PathParam("applicationId") UUID applicationId) {
        return evaluations.content(applicationId, signedIn.subject());
    }

    @GET
    @Path("/applications/{applicationId}/documents/{documentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download a document of an application assigned to me", description = "Under the rule of the application: after declaring no conflict. "
            + "Attachment unless inline=true; sandboxed and never sniffed.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator, or not declared yet (panel.declaration.required)")
    @APIResponse(responseCode = "404", description = "No such application or document, not assigned to me, or I declared a conflict")
    public Response document(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId,
            @QueryParam("inline") @DefaultValue("false") @Parameter(description = "true: shown in the browser rather than saved") boolean inline) {
        return evaluations.document(applicationId, documentId, signedIn.subject()).response(inline);
    }
    @GET
    @Path("/applications/{applicationId}/evaluation")
    @Operation(summary = "My evaluation of an application", description = "Under the rule of the application's content (assigned to me, declared no conflict): "
            + "each criterion scored by evaluators with my score and comment, and the computed criteria with their values from the submitted profile. "
            + "Blind: the other evaluators' scores, the means and the flags are absent until I submitted mine.")
    @APIResponse(responseCode = "200", description = "My evaluation", content = @Content(schema = @Schema(implementation = MyEvaluationView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator, or not declared yet (panel.declaration.required)")
    @APIResponse(responseCode = "404", description = "No such application, not assigned to me, or I declared a conflict")
    public MyEvaluationView evaluation(@PathParam("applicationId") UUID applicationId) {
        return scoring.mine(applicationId, signedIn.subject());
    }

    @PUT
    @Path("/applications/{applicationId}/evaluation")
    @Operation(summary = "Save my draft scores", description = "0 to each criterion's maximum, with an optional comment; the scores sent replace the saved ones and "
            + "may leave criteria out. Send the version I loaded (0 before the first save).")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = MyEvaluationView.class)))
    @APIResponse(responseCode = "400", description = "scores or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator, or not declared yet (panel.declaration.required)")
    @APIResponse(responseCode = "404", description = "No such application, not assigned to me, or I declared a conflict")
    @APIResponse(responseCode = "409", description = "Already submitted (scoring.submitted), or a stale version")
    @APIResponse(responseCode = "422", description = "A score out of range (common.between), a criterion unknown or not scored by evaluators "
            + "(scoring.unknownCriterion) or given twice, a comment over 2000 characters")
    public MyEvaluationView save(@PathParam("applicationId") UUID applicationId, @Valid @NotNull EvaluationInput input) {
        return scoring.save(applicationId, signedIn.subject(), input);
    }

    @POST
    @Path("/applications/{applicationId}/evaluation/submit")
    @Operation(summary = "Submit my scores", description = "Every criterion scored by evaluators needs a saved score. Then the scores are fixed, count in the "
            + "application's means, and the other evaluators' submitted scores are shown to me. Recorded in the call's selection trail.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = MyEvaluationView.class)))
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an evaluator, or not declared yet (panel.declaration.required)")
    @APIResponse(responseCode = "404", description = "No such application, not assigned to me, or I declared a conflict")
    @APIResponse(responseCode = "409", description = "Already submitted (scoring.submitted), or a stale version")
    @APIResponse(responseCode = "422", description = "Criteria without a score: one error each (scoring.scoreMissing, argument criterion: its index)")
    public MyEvaluationView submit(@PathParam("applicationId") UUID applicationId, @Valid @NotNull SubmitInput input) {
        return scoring.submit(applicationId, signedIn.subject(), input.version());
    }
}
