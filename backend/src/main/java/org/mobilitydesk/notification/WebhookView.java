package org.mobilitydesk.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "Where the change notifications of a partner institution go. The secret is shown only once, in the answer that generated it.")
public record WebhookView(
        @Schema(required = true) UUID institutionId,
        @Schema(required = true, examples = "https://mobility.ut.ee/hooks/mobility-desk") String url,
        @Schema(description = "Only in the answer of PUT, which generates it: the HMAC-SHA256 key (its UTF-8 bytes) of X-Mobility-Desk-Signature. Give it to the partner now; it is never shown again.",
                examples = "3f1c9a5e0b7d4c2a8e6f1b3d5c7a9e0f2b4d6c8a0e1f3b5d7c9a1e3f5b7d9c0a") String secret,
        @Schema(required = true, description = "When the current secret was generated (every PUT rotates it)") Instant secretCreatedAt,
        @Schema(required = true, examples = "admin") String updatedBy) {
}
