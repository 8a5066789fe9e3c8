package org.mobilitydesk.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "List change notifications to partners", description = "Newest first, with their delivery state.")
    @APIResponse(responseCode = "200", description = "One page of notifications", content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    public NotificationPage list(@Valid @BeanParam NotificationQuery query) {
        return notifications.list(query);
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Send a notification again", description = "A delivered, failed or skipped notification becomes PENDING, due now, with its attempts counted afresh.")
    @APIResponse(responseCode = "200", description = "Queued again", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such notification")
    @APIResponse(responseCode = "409", description = "It is already waiting to be sent")
    @APIResponse(responseCode = "422", description = "The institution has no webhook")
    public NotificationView resend(@PathParam("id") UUID id) {
        return notifications.resend(id, user.name());
    }
}
