package org.mobilitydesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Change notifications for partners (transactional outbox). A feature calls {@link #enqueue} in the transaction that
 * makes the change, so the notification is stored if and only if the change commits; the {@link OutboxWorker} POSTs
 * it to the partner's webhook afterwards, outside any request.
 */
@ApplicationScoped
public class Outbox {

    private static final Pattern TYPE = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$");

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /**
     * Stores a notification for a partner institution. Refused outside a transaction. When the institution has no
     * webhook the notification is stored as SKIPPED, so the coordinator sees it and can send it again later.
     *
     * @param institutionId the partner institution to notify
     * @param type what happened, dot-separated lower-case words, e.g. {@code agreement.version-created}
     * @param subjectId the record it happened to, e.g. the agreement id
     * @param payload the {@code data} of the delivered body; anything Jackson serialises, usually a small record
     * @return the id of the notification, sent as X-Mobility-Desk-Delivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID institutionId, String type, UUID subjectId, Object payload) {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(payload, "payload");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Event type must be dot-separated lower-case words such as agreement.approved: " + type);
        }
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.institutionId = institutionId;
        event.type = type;
        event.subjectId = subjectId;
        event.payload = json.valueToTree(payload);
        event.createdAt = Instant.now(clock);
        if (Webhook.findById(institutionId) == null) {
            event.skip();
        } else {
            event.status = OutboxStatus.PENDING;
            event.nextAttemptAt = event.createdAt;
        }
        event.persist();
        return event.id;
    }
}
