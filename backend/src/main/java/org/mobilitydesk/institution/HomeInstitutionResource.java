package org.mobilitydesk.institution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/home-institution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions")
public class HomeInstitutionResource {

    @Inject
    InstitutionService institutions;
    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(summary = "The home institution that runs this Mobility Desk")
    @APIResponse(responseCode = "200", description = "The home institution", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "404", description = "Not configured yet")
    public InstitutionView get() {
        return institutions.home();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Configure the home institution", description = "Creates it the first time; afterwards send the version you loaded. timeZone is required.")
    @APIResponse(responseCode = "200", description = "Configured", content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate Erasmus code")
    @APIResponse(responseCode = "422", description = "Unknown country code")
    public InstitutionView configure(@Valid @NotNull InstitutionInput input) {
        return institutions.configureHome(input, user.name());
    }
}
