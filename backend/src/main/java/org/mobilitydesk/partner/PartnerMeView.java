package org.mobilitydesk.partner;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerMe", description = "The calling partner client and the institution it acts for")
public record PartnerMeView(
        @Schema(required = true, examples = "partner-tartu") String clientId,
        @Schema(required = true) UUID institutionId,
        @Schema(required = true, examples = "University of Tartu") String name,
        @Schema(examples = "EE TARTU02") String erasmusCode,
        @Schema(required = true, examples = "EE") String countryCode) {
}
