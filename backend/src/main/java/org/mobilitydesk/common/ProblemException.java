package org.mobilitydesk.common;

import java.util.List;

/** A failure the client can act on; the mapper turns it into a problem response with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not visible to you", null);
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(409, "stale-version", "Stale version",
                "Someone changed this record since you loaded it (current version " + current + "). Reload it and apply your change again.",
                List.of(new FieldError("version", "is stale; the current version is " + current)));
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(422, "rule-violation", "Refused by a rule", detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "validation", "Invalid request", detail, List.of(new FieldError(field, detail)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
