package org.mobilitydesk.grant;

import java.util.List;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.grant.GrantViews.RateTableInput;
import org.mobilitydesk.grant.GrantViews.RateTableSummary;
import org.mobilitydesk.grant.GrantViews.RateTableView;

@Path("/api/v1/rate-tables")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Grants")
public class RateTableResource {

    @Inject
    GrantService grants;
    @Inject
    CurrentUser user;

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

    @POST
    @Path("/{callYear}/versions")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store a new version of a call year's rate table", description = "Every value of the new version, and why. The version is numbered after the newest, which basedOnVersion must name (absent for a call year's first table); estimates use the newest version from now on and name it.")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(schema = @Schema(implementation = RateTableView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Another version was made since basedOnVersion")
    @APIResponse(responseCode = "422", description = "A value breaks a rule (qualifier, amount and confidence, duplicates, travel bands) or nothing changed")
    public Response createVersion(@PathParam("callYear") @Min(value = 2021, message = "must be between 2021 and 2100") @Max(value = 2100, message = "must be between 2021 and 2100") int callYear,
            @Valid @NotNull RateTableInput input) {
        RateTableView created = grants.createVersion(callYear, input, user.name());
        return Response.created(URI.create("/api/v1/rate-tables/" + callYear + "?version=" + created.summary().version())).entity(created).build();
    }

    @POST
    @Path("/{callYear}/versions/{version}/finalise")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark a version final", description = "Once per version; who and when are recorded. The values of a version never change.")
    @APIResponse(responseCode = "200", description = "The version, now final", content = @Content(schema = @Schema(implementation = RateTableSummary.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is final already")
    public RateTableSummary finalise(@PathParam("callYear") int callYear, @PathParam("version") int version) {
        return grants.finalise(callYear, version, user.name());
    }
}
