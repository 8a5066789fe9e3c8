package org.mobilitydesk.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "Where to POST the change notifications of one partner institution")
public record WebhookInput(
        @Schema(required = true, maxLength = WebhookUrl.MAX_LENGTH, description = "https URL; plain http only for localhost and loopback addresses; no user name, password or fragment",
                examples = "https://mobility.ut.ee/hooks/mobility-desk") String url) {
}
