package org.mobilitydesk.user;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mobilitydesk.common.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person as their token tells: subject, names, e-mail and the application's realm roles. */
@RequestScoped
public class SignedInUser {

    /** The roles of the application, in a stable order; the identity provider's own roles (offline_access, ...) are left out. */
    static final List<String> APPLICATION_ROLES = List.of(Roles.APPLICANT, Roles.COORDINATOR, Roles.EVALUATOR, Roles.PARTNER, Roles.ADMIN);

    @Inject
    JsonWebToken token;
    @Inject
    SecurityIdentity identity;

    /** The identity provider's subject (claim sub), which outlives changes of user name or e-mail. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null && !preferred.isBlank() ? preferred : token.getName();
    }

    /** Claim name, else given and family name, else the user name. */
    public String displayName() {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String given = token.<String>getClaim("given_name");
        String family = token.<String>getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? username() : joined;
    }

    public String email() {
        String email = token.getClaim("email");
        return email == null || email.isBlank() ? null : email;
    }

    public List<String> roles() {
        return APPLICATION_ROLES.stream().filter(identity::hasRole).toList();
    }
}
