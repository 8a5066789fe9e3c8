package org.mobilitydesk.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError", description = "One invalid field of a request")
public record FieldError(
        @Schema(description = "JSON path of the field in the request body, or the query parameter name", examples = "contacts[0].email", required = true) String field,
        @Schema(description = "What is wrong with the value", examples = "must be a well-formed email address", required = true) String message,
        @Schema(description = "A message key the SPA can translate instead of the English message", examples = "grant.refusal.endBeforeStart") String code,
        @Schema(description = "The arguments of the message with that key") Map<String, String> args) {

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }
}
