package org.mobilitydesk.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/me/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
@SecurityRequirement(name = "bearer")
@Tag(name = "Applicant portal", description = "Students and staff applying for mobility: their profile and applications")
public class ProfileResource {

    @Inject
    ProfileService profiles;
    @Inject
    SignedInApplicant applicant;

    @GET
    @Operation(summary = "Read my profile", description = "Before the first save, the name and e-mail come from the login and saved is false.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    public ProfileView get() {
        return profiles.get(applicant);
    }

    @PUT
    @Operation(summary = "Save my profile", description = "The first save goes without a version; later ones name the version loaded.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or a field of the wrong type or length")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an applicant")
    @APIResponse(responseCode = "409", description = "The profile changed since it was loaded")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "A field breaks a rule: the errors name each field")
    public ProfileView save(@Valid @NotNull ProfileInput input,
            @HeaderParam("Accept-Language") @Parameter(description = InterfaceLanguage.HEADER_DESCRIPTION + "; remembered for e-mails") String acceptLanguage) {
        ProfileView saved = profiles.save(applicant, input);
        InterfaceLanguage.namedIn(acceptLanguage).ifPresent(language -> profiles.rememberLanguage(applicant, language));
        return saved;
    }
}
