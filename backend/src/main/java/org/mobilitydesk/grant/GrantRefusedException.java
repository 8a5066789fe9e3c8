package org.mobilitydesk.grant;

/**
 * The rules forbid what was asked: the calculation has no result. The reason is one of the refusal texts of
 * {@link GrantText}; the field names the component of {@link GrantRequest} at fault.
 */
public class GrantRefusedException extends RuntimeException {

    private final String field;
    private final transient Explanation explanation;

    public GrantRefusedException(String field, Explanation explanation) {
        super(explanation.english());
        this.field = field;
        this.explanation = explanation;
    }

    public GrantText reason() {
        return explanation.text();
    }

    public String field() {
        return field;
    }

    public Explanation explanation() {
        return explanation;
    }
}
