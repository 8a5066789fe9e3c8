package org.mobilitydesk.partner;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.Roles;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The partner institution the caller acts for. A partner API resource ({@code @RolesAllowed(Roles.PARTNER)}) injects
 * this and scopes every query by {@link #institutionId()}. The client comes from the token (Keycloak's {@code azp},
 * or {@code client_id}); a client no administrator has mapped is refused with 403.
 */
@RequestScoped
public class PartnerCaller {

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    PartnerClientService clients;

    private UUID institutionId;

    /** The OAuth client id of the calling partner system. */
    public String clientId() {
        if (!identity.hasRole(Roles.PARTNER)) {
            throw new ForbiddenException();
        }
        String client = token.getClaim("azp");
        if (client == null) {
            client = token.getClaim("client_id");
        }
        if (client == null || client.isBlank()) {
            throw new ProblemException(403, "partner-client-missing", "No partner client",
                    "The token names no client (claim azp or client_id): call the partner API with a client credentials token", null);
        }
        return client;
    }

    /** The institution the calling client acts for. */
    public UUID institutionId() {
        if (institutionId == null) {
            String client = clientId();
            institutionId = clients.institutionOf(client).orElseThrow(() -> new ProblemException(403, "partner-client-not-mapped",
                    "Partner client not mapped", "An administrator must map the client " + client
                            + " to an institution (PUT /api/v1/partner-clients/" + client + ") before it can use the partner API",
                    null));
        }
        return institutionId;
    }
}
