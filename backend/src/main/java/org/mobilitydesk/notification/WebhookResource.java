package org.mobilitydesk.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/institutions/{id}/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications", description = "Change notifications to partners' webhooks: settings, delivery state and sending again")
public class WebhookResource {

    @Inject
    WebhookService webhooks;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Read a partner's webhook", description = "The URL and when the secret was generated; never the secret. "
            + "A partner without a webhook is an ordinary answer (204), not an error.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "204", description = "The partner has no webhook")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such partner institution")
    public Response get(@PathParam("id") UUID id) {
        return webhooks.find(id).map(Response::ok).orElseGet(Response::noContent).build();
    }

    @PUT
    @Operation(summary = "Set a partner's webhook and generate a new secret", description = "Every call generates a new secret and returns it in this answer only: "
            + "give it to the partner, who verifies X-Mobility-Desk-Signature with it. Notifications are signed with the new secret from now on.")
    @APIResponse(responseCode = "200", description = "Set; the answer contains the new secret", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Not an acceptable URL")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such partner institution")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    public WebhookView set(@PathParam("id") UUID id, @NotNull WebhookInput input) {
        return webhooks.set(id, input.url(), user.name());
    }

    @DELETE
    @Operation(summary = "Remove a partner's webhook", description = "Later notifications for the institution are stored as SKIPPED.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such partner institution, or it has no webhook")
    public void remove(@PathParam("id") UUID id) {
        webhooks.remove(id);
    }
}
