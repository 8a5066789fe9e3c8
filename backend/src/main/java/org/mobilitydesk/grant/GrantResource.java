package org.mobilitydesk.grant;

import java.time.Clock;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mobilitydesk.common.CurrentUser;
import org.mobilitydesk.common.RateLimiter;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.grant.GrantViews.CalculationInput;
import org.mobilitydesk.grant.GrantViews.CalculationView;
import org.mobilitydesk.grant.GrantViews.EstimateInput;
import org.mobilitydesk.grant.GrantViews.EstimateView;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "KA171 grant calculation from the rate table of the call year, every line explained")
public class GrantResource {

    private final RateLimiter estimateLimit;

    @Inject
    GrantService grants;
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    GrantResource(@ConfigProperty(name = "mobility.grants.estimate-limit-per-minute", defaultValue = "60") int perMinute) {
        this.estimateLimit = new RateLimiter(perMinute, 60);
    }

    @POST
    @Path("/estimate")
    @PermitAll
    @Operation(summary = "Estimate a grant", description = "Anyone may call this, signed in or not. Limited per client address; over the limit the answer is 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The grant, line by line", content = @Content(schema = @Schema(implementation = EstimateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "The programme rules refuse this mobility (dates, duration, countries, no rate table)")
    @APIResponse(responseCode = "429", description = "Too many estimates from this address; see Retry-After")
    public EstimateView estimate(@Valid @NotNull EstimateInput input, HttpServerRequest request) {
        estimateLimit.acquire(request.remoteAddress().hostAddress(), clock.instant());
        return grants.estimate(input);
    }

    @POST
    @Path("/calculations")
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Calculate a grant and store it with its input", description = "The coordinator may set the distance instead of the computed one, with a reason; the result shows both.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = CalculationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "422", description = "The programme rules refuse this mobility")
    public Response store(@Valid @NotNull CalculationInput input) {
        CalculationView stored = grants.store(input, user.name());
        return Response.created(URI.create("/api/v1/grants/calculations/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/calculations/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A stored calculation with its input and result")
    @APIResponse(responseCode = "200", description = "The calculation", content = @Content(schema = @Schema(implementation = CalculationView.class)))
    @APIResponse(responseCode = "403", description = "Neither coordinator nor admin")
    @APIResponse(responseCode = "404", description = "No such calculation")
    public CalculationView calculation(@PathParam("id") UUID id) {
        return grants.calculation(id);
    }
}
