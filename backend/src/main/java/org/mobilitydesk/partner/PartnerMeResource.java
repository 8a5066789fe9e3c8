package org.mobilitydesk.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;

@Path("/api/v1/partner/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API", description = "For partner systems (role partner, client credentials), scoped to the institution their client is mapped to")
public class PartnerMeResource {

    @Inject
    PartnerCaller caller;
    @Inject
    InstitutionService institutions;

    @GET
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who am I acting for", description = "The institution an administrator mapped the calling client to: check the mapping end to end.")
    @APIResponse(responseCode = "200", description = "The client and its institution", content = @Content(schema = @Schema(implementation = PartnerMeView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a partner, or the client is not mapped to an institution")
    public PartnerMeView me() {
        InstitutionView institution = institutions.findPartner(caller.institutionId()).orElseThrow();
        return new PartnerMeView(caller.clientId(), institution.id(), institution.name(), institution.erasmusCode(),
                institution.countryCode());
    }
}
