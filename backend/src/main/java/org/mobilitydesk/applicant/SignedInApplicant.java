package org.mobilitydesk.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mobilitydesk.user.SignedInUser;

/** The applicant as the login tells: a stable subject, and the name and e-mail the identity provider knows. */
@RequestScoped
public class SignedInApplicant {

    @Inject
    SignedInUser user;
    @Inject
    JsonWebToken token;

    /** The identity provider's subject (claim sub), which outlives changes of user name or e-mail. */
    public String subject() {
        return user.subject();
    }

    public String username() {
        return user.username();
    }

    public String email() {
        return user.email();
    }

    public String givenName() {
        String given = token.getClaim("given_name");
        return given != null ? given : "";
    }

    public String familyName() {
        String family = token.getClaim("family_name");
        return family != null ? family : "";
    }
}
