package org.mobilitydesk.grant;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.grant.GrantViews.RateTableSummary;
import org.mobilitydesk.grant.GrantViews.RateTableView;

@Path("/api/v1/rate-tables")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Grants")
public class RateTableResource {

    @Inject
    GrantService grants;

    @GET
    @Operation(summary = "Every version of every call year's rate table, newest first")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RateTableSummary.class)))
    public List<RateTableSummary> list() {
        return grants.rateTables();
    }

    @GET
    @Path("/{callYear}")
    @Operation(summary = "A call year's rate table with its values, each with confidence and source", description = "The newest version unless a version is asked for.")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = RateTableView.class)))
    @APIResponse(responseCode = "400", description = "Invalid version")
    @APIResponse(responseCode = "404", description = "No table for this call year or version")
    public RateTableView get(@PathParam("callYear") int callYear,
            @QueryParam("version") @Min(value = 1, message = "must be 1 or more") @Parameter(description = "A version number; the newest when absent", example = "1") Integer version) {
        return grants.rateTable(callYear, version);
    }
}
