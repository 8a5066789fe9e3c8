package org.mobilitydesk.common;

/** The realm roles of the identity provider. */
public final class Roles {
    public static final String APPLICANT = "applicant";
    public static final String COORDINATOR = "coordinator";
    public static final String EVALUATOR = "evaluator";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
