package org.mobilitydesk.agreement;

/** A rule a field of the request breaks; field is a JSON path such as {@code flows[1].receivingInstitutionId}. */
public record Violation(String field, String message) {
}
