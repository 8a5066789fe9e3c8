package org.mobilitydesk.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: anonymous, or a signed-in user with realm roles. Reading it authenticates a sent token. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** International relations staff: may see contacts, notes and archived records. */
    public boolean isStaff() {
        return identity.hasRole(Roles.COORDINATOR) || identity.hasRole(Roles.ADMIN);
    }
}
