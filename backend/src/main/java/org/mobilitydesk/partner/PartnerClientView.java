package org.mobilitydesk.partner;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClient", description = "An OAuth client of the identity provider and the partner institution it acts for")
public record PartnerClientView(
        @Schema(required = true, examples = "partner-tartu") String clientId,
        @Schema(required = true) UUID institutionId,
        @Schema(required = true, examples = "University of Tartu") String institutionName,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, examples = "admin") String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "admin") String updatedBy) {
}
