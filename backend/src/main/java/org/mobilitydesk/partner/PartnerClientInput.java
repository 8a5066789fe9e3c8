package org.mobilitydesk.partner;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientInput", description = "The partner institution a client acts for")
public record PartnerClientInput(
        @Schema(required = true, examples = "0b6f3c1e-1d2a-4c0e-9a11-000000000002") @NotNull UUID institutionId) {
}
