package org.mobilitydesk.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.user.UserViews.UserPage;
import org.mobilitydesk.user.UserViews.UserQuery;
import org.mobilitydesk.user.UserViews.UserView;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Users", description = "The people known from signing in: who am I, and the users coordinators pick evaluators from")
public class UserResource {

    @Inject
    UserService users;
    @Inject
    SignedInUser signedIn;

    @GET
    @Path("/me")
    @RolesAllowed({ Roles.APPLICANT, Roles.COORDINATOR, Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Who am I", description = "The signed-in person as their token says (subject, user name, name, e-mail, the application's roles); "
            + "records them at the first call and refreshes them at every later one, so coordinators can find them by name. The SPA calls it right after sign-in. "
            + "Partner systems (client credentials) are not people and are refused.")
    @APIResponse(responseCode = "200", description = "The caller, as now recorded", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner system, or a token without a role of the application")
    public UserView me() {
        return users.record(signedIn);
    }

    @GET
    @Path("/users")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Search the known users", description = "People who signed in at least once, by name; filtered by role (e.g. evaluator, to pick a panel) and words of the name, user name or e-mail.")
    @APIResponse(responseCode = "200", description = "One page of users", content = @Content(schema = @Schema(implementation = UserPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a coordinator or admin")
    public UserPage search(@Valid @BeanParam UserQuery query, @Valid @BeanParam PageParams paging) {
        return users.search(query, paging);
    }
}
