package org.mobilitydesk.selection.history;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.selection.history.HistoryViews.HistoryPage;
import org.mobilitydesk.selection.history.HistoryViews.HistoryQuery;

@Path("/api/v1/calls/{callId}/selection-history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@Tag(name = "Selection")
public class HistoryResource {

    @Inject
    HistoryService history;

    @GET
    @Operation(summary = "A call's selection history", description = "Who set the panel, declared, scored, ran the allocation, decided, reopened, "
            + "published, accepted or declined, and the moves of the cascades, with when and what: newest first.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or kind")
    @APIResponse(responseCode = "404", description = "No such call")
    public HistoryPage page(@PathParam("callId") UUID callId, @Valid @BeanParam HistoryQuery query, @Valid @BeanParam PageParams paging) {
        return history.page(callId, query.kind(), paging);
    }
}
