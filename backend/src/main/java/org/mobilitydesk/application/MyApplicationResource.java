package org.mobilitydesk.application;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.applicant.SignedInApplicant;
import org.mobilitydesk.application.ApplicationService.Created;
import org.mobilitydesk.application.ApplicationViews.DocumentView;
import org.mobilitydesk.application.ApplicationViews.MyApplication;
import org.mobilitydesk.application.ApplicationViews.MyApplicationInput;
import org.mobilitydesk.application.ApplicationViews.NewApplicationInput;
import org.mobilitydesk.application.ApplicationViews.Summary;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/me/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
@SecurityRequirement(name = "bearer")
@Tag(name = "Applicant portal", description = "Students and staff applying for mobility: their profile and applications")
public class MyApplicationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ApplicationService applications;
    @Inject
    SignedInApplicant applicant;

    @GET
    @Operation(summary = "List my applications", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "My applications", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Summary.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    public List<Summary> list() {
        return applications.list(applicant);
    }

    @POST
    @Operation(summary = "Apply to a call", description = "Starts a draft. Repeat-safe: when I have applied to the call already, the answer is 200 with that application. "
            + "An application I withdrew does not count: while the call accepts applications, applying again starts a new draft beside it. "
            + "The profile need not be complete yet: the checklist says what is missing.")
    @APIResponse(responseCode = "201", description = "A new draft", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "200", description = "My application to the call, made earlier and not withdrawn", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "400", description = "callId missing or malformed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such call, or a draft call")
    @APIResponse(responseCode = "409", description = "The call is not open yet or closed (currentStatus says the call's status)")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    public Response create(@Valid @NotNull NewApplicationInput input) {
        Created created = applications.create(applicant, input.callId());
        if (!created.created()) {
            return Response.ok(created.application()).build();
        }
        return Response.created(URI.create("/api/v1/me/applications/" + created.application().id())).entity(created.application()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read my application", description = "With its call, documents, checklist and timeline.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    public MyApplication get(@PathParam("id") UUID id) {
        return applications.get(applicant, id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Save my draft", description = "Send the version loaded. Every field may be empty (autosave); what is given must fit the call: "
            + "preferences among its partners, each once, at most maxPreferences; the period within the mobility type's duration.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, version missing, or a motivation over 10,000 characters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Stale version (currentVersion), not a draft, or the call no longer accepts applications")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "Preferences or period refused: the errors name each field (preferences[i], plannedEnd)")
    public MyApplication save(@PathParam("id") UUID id, @Valid @NotNull MyApplicationInput input) {
        return applications.save(applicant, id, input);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document", description = "A file for one of the call's required documents; replaces the file uploaded for it before. "
            + "The format is recognised from the content (PDF, PNG, JPEG), never from the name or the declared type. Only while a draft and the call accepts applications.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = DocumentUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "No file part, or type missing or unknown")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Not a draft, or the call no longer accepts applications")
    @APIResponse(responseCode = "413", description = "Larger than the requirement's maxSizeBytes, or than the server accepts")
    @APIResponse(responseCode = "415", description = "Content of a format the requirement does not accept (the problem says what it is and what is accepted)")
    @APIResponse(responseCode = "422", description = "The call does not ask for this document, or the file is empty")
    public Response upload(@PathParam("id") UUID id, DocumentUploadForm form) {
        if (form == null || form.file == null) {
            throw ProblemException.badRequest("file", "is required: send the document as the multipart part named file");
        }
        if (form.type == null || form.type.isBlank()) {
            throw ProblemException.badRequest("type", "is required: the document type of the call's requirement");
        }
        DocumentType type = Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(form.type.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("type", "is not a document type: " + Arrays.toString(DocumentType.values())));
        DocumentView stored = applications.upload(applicant, id, type, form.otherLabel, form.file.uploadedFile(), form.file.fileName());
        return Response.created(URI.create("/api/v1/me/applications/" + id + "/documents/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({ "application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON, PROBLEM })
    @Operation(summary = "Download a document", description = "The file with the content type recognised at upload; as an attachment, or inline with inline=true.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine or no such document in it")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @Parameter(description = "Show in the browser instead of saving") @QueryParam("inline") boolean inline) {
        return applications.download(applicant, id, documentId).response(inline);
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @Operation(summary = "Delete a document", description = "Only while a draft and the call accepts applications.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine or no such document in it")
    @APIResponse(responseCode = "409", description = "Not a draft, or the call no longer accepts applications")
    public void deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        applications.deleteDocument(applicant, id, documentId);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit my application", description = "Checks everything the checklist lists and the call's eligibility conditions, gives a receipt number "
            + "and e-mails a receipt in the applicant's interface language: the one Accept-Language names, which is remembered for later e-mails, "
            + "else the one last named (when the profile was saved), else English. "
            + "Repeat-safe: a submitted application answers as it is (same receipt number and time).")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Withdrawn, or the call is not open (not yet, or its deadline has come: currentStatus CLOSED)")
    @APIResponse(responseCode = "422", description = "Incomplete or not eligible: the errors list every item still missing (checklist.PROFILE, preferences, plannedStart, motivation, documents.TYPE, eligibility.*)")
    public MyApplication submit(@PathParam("id") UUID id,
            @HeaderParam("Accept-Language") @Parameter(description = InterfaceLanguage.HEADER_DESCRIPTION) String acceptLanguage) {
        return applications.submit(applicant, id, InterfaceLanguage.namedIn(acceptLanguage));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw my application", description = "A draft or a submitted application, strictly before the call's deadline. Repeat-safe.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = MyApplication.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "The call's deadline has passed")
    public MyApplication withdraw(@PathParam("id") UUID id) {
        return applications.withdraw(applicant, id);
    }
}
