package org.mobilitydesk.user;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.Page;

/** What the users' endpoints answer and take. */
public final class UserViews {

    private UserViews() {
    }

    @Schema(name = "User", description = "A person known from signing in, as their last token said")
    public record UserView(
            @Schema(required = true, description = "The identity provider's subject (token claim sub)", examples = "5b0c5d0e-6c8e-4c43-9b5f-0e0a7d3c2a11") String subject,
            @Schema(required = true, examples = "evaluator") String username,
            @Schema(required = true, examples = "Gulnara Sydykova") String displayName,
            @Schema(examples = "evaluator@demo.mobility-desk.example") String email,
            @Schema(required = true, description = "The application's realm roles", examples = "[\"evaluator\"]") List<String> roles,
            @Schema(required = true) Instant firstSeenAt,
            @Schema(required = true, description = "The last sign-in") Instant lastSeenAt) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    @Schema(name = "UserPage", description = "One page of known users, by name")
    public static class UserPage extends Page<UserView> {
        public UserPage(List<UserView> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    /** The filters of the users search. */
    public static class UserQuery {
        @QueryParam("role")
        @Pattern(regexp = "^(applicant|coordinator|evaluator|partner|admin)$", message = "must be applicant, coordinator, evaluator, partner or admin")
        @Parameter(description = "Only users whose last token had this role",
                schema = @Schema(enumeration = { "applicant", "coordinator", "evaluator", "partner", "admin" }))
        public String role;

        @QueryParam("q")
        @Size(max = 200, message = "must be at most 200 characters")
        @Parameter(description = "Words that must each occur in the name, user name or e-mail (accents and case ignored)")
        public String q;
    }
}
