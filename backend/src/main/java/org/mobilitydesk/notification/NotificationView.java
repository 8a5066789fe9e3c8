package org.mobilitydesk.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "A change notification to a partner and the state of its delivery")
public record NotificationView(
        @Schema(required = true, description = "Also sent as X-Mobility-Desk-Delivery") UUID id,
        @Schema(required = true, description = "The partner institution notified") UUID institutionId,
        @Schema(required = true, examples = "agreement.approved") String type,
        @Schema(required = true, description = "The record the notification is about, e.g. an agreement") UUID subjectId,
        @Schema(required = true) OutboxStatus status,
        @Schema(required = true, description = "Delivery attempts since it was written or last sent again", examples = "2") int attempts,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When a PENDING notification is tried next") Instant nextAttemptAt,
        Instant lastAttemptAt,
        @Schema(description = "Why the last attempt failed, or why it was skipped", examples = "HTTP 500") String lastError,
        Instant deliveredAt,
        @Schema(description = "When a coordinator last asked to send it again") Instant resentAt,
        @Schema(examples = "coordinator") String resentBy) {

    static NotificationView of(OutboxEvent e) {
        return new NotificationView(e.id, e.institutionId, e.type, e.subjectId, e.status, e.attempts, e.createdAt, e.nextAttemptAt,
                e.lastAttemptAt, e.lastError, e.deliveredAt, e.resentAt, e.resentBy);
    }
}
