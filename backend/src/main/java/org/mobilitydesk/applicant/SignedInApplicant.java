package org.mobilitydesk.applicant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The applicant as the login tells: a stable subject, and the name and e-mail the identity provider knows. */
@RequestScoped
public class SignedInApplicant {

    @Inject
    JsonWebToken token;

    /** The identity provider's subject (claim sub), which outlives changes of user name or e-mail. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : token.getName();
    }

    public String email() {
        return token.getClaim("email");
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
