package org.mobilitydesk.common;

import java.util.List;

/** A failure the client can act on; the mapper turns it into a problem response with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final String currentStatus;
    private final String currentHash;
    private Integer currentVersion;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, null, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
            String currentStatus, String currentHash) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.currentStatus = currentStatus;
        this.currentHash = currentHash;
    }

    /** 409 for an action the record's state does not allow, or content that changed since; says what the record is now. */
    public static ProblemException stateConflict(String type, String title, String detail, String currentStatus, String currentHash) {
        return new ProblemException(409, type, title, detail, null, currentStatus, currentHash);
    }

    /** 409 for an action the record's state does not allow, with the refusal's code (and arguments) for the SPA. */
    public static ProblemException stateConflict(String type, String title, String currentStatus, FieldError refusal) {
        return new ProblemException(409, type, title, refusal.field() + ": " + refusal.message(), List.of(refusal), currentStatus, null);
    }

    /** 403 for a signed-in caller who may not do this (yet), with the refusal's code for the SPA. */
    public static ProblemException forbidden(String type, String title, FieldError refusal) {
        return new ProblemException(403, type, title, refusal.message(), List.of(refusal));
    }

    /** 422 with every field a rule refused. */
    public static ProblemException unprocessable(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields break the rules";
        return new ProblemException(422, "rule-violation", "Refused by a rule", detail, List.copyOf(errors));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not visible to you", null);
    }

    public static ProblemException staleVersion(long current) {
        ProblemException stale = new ProblemException(409, "stale-version", "Stale version",
                "Someone changed this record since you loaded it (current version " + current + "). Reload it and apply your change again.",
                List.of(new FieldError("version", "is stale; the current version is " + current)));
        stale.currentVersion = Math.toIntExact(current);
        return stale;
    }

    /** 413 for a body or file larger than allowed. */
    public static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(413, "too-large", "Too large", detail, List.of(new FieldError(field, detail)));
    }

    /** 415 for content of a format that is not accepted. */
    public static ProblemException unsupportedMedia(String field, String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail, List.of(new FieldError(field, detail)));
    }

    /** 422 with the errors, and a detail of its own. */
    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, "rule-violation", "Refused by a rule", detail, List.copyOf(errors));
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

    public String currentStatus() {
        return currentStatus;
    }

    public String currentHash() {
        return currentHash;
    }

    public Integer currentVersion() {
        return currentVersion;
    }
}
