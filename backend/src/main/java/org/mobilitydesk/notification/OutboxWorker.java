package org.mobilitydesk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due notifications. Each batch is claimed in a short transaction (FOR UPDATE SKIP LOCKED, and pushed a lease
 * ahead so no other instance takes it), sent with no transaction or lock held, and its outcomes recorded in another
 * short transaction. An instance that dies while sending leaves the batch to be sent again after the lease: partners
 * may receive a notification twice and recognise it by its X-Mobility-Desk-Delivery id.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    /** The body partners receive; {@code data} is the payload given to {@link Outbox#enqueue}. */
    record Body(UUID id, String type, UUID subjectId, UUID institutionId, Instant occurredAt, JsonNode data) {
    }

    private record Batch(int claimed, List<WebhookSender.Delivery> deliveries) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    WebhookSender sender;
    @Inject
    Clock clock;
    @ConfigProperty(name = "mobility.outbox.batch-size")
    int batchSize;
    @ConfigProperty(name = "mobility.outbox.backoff-base")
    Duration backoffBase;
    @ConfigProperty(name = "mobility.outbox.backoff-cap")
    Duration backoffCap;
    @ConfigProperty(name = "mobility.outbox.max-attempts")
    int maxAttempts;
    @ConfigProperty(name = "mobility.outbox.connect-timeout")
    Duration connectTimeout;
    @ConfigProperty(name = "mobility.outbox.request-timeout")
    Duration requestTimeout;

    private Backoff backoff;

    @PostConstruct
    void configure() {
        backoff = new Backoff(backoffBase, backoffCap, maxAttempts);
    }

    @Scheduled(identity = "outbox-delivery", every = "${mobility.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue(Instant.now(clock));
    }

    /** Sends every notification due at {@code now}, batch after batch; returns how many were claimed. */
    public int deliverDue(Instant now) {
        int claimed = 0;
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
            List<WebhookSender.Attempt> attempts = sender.sendAll(batch.deliveries());
            QuarkusTransaction.requiringNew().run(() -> recordOutcomes(attempts, now));
            claimed += batch.claimed();
        } while (batch.claimed() == batchSize);
        return claimed;
    }

    private Batch claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> due = entityManager.createNativeQuery("""
                SELECT * FROM outbox_event WHERE status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                .setParameter("now", now).setParameter("limit", batchSize).getResultList();
        Instant leaseEnd = now.plus(connectTimeout).plus(requestTimeout).plus(Duration.ofMinutes(1));
        List<WebhookSender.Delivery> deliveries = new ArrayList<>();
        for (OutboxEvent event : due) {
            Webhook webhook = Webhook.findById(event.institutionId);
            if (webhook == null) {
                event.skip();
                continue;
            }
            event.nextAttemptAt = leaseEnd;
            byte[] body = body(event);
            deliveries.add(new WebhookSender.Delivery(event.id, event.type, webhook.url, body, WebhookSignature.of(webhook.secret, body)));
        }
        return new Batch(due.size(), deliveries);
    }

    private byte[] body(OutboxEvent event) {
        try {
            return json.writeValueAsBytes(new Body(event.id, event.type, event.subjectId, event.institutionId, event.createdAt, event.payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise notification " + event.id, e);
        }
    }

    private void recordOutcomes(List<WebhookSender.Attempt> attempts, Instant now) {
        for (WebhookSender.Attempt attempt : attempts) {
            OutboxEvent event = OutboxEvent.findById(attempt.id());
            event.attempts++;
            event.lastAttemptAt = now;
            if (attempt.delivered()) {
                event.status = OutboxStatus.DELIVERED;
                event.deliveredAt = now;
                event.nextAttemptAt = null;
                event.lastError = null;
                continue;
            }
            event.lastError = attempt.error();
            event.nextAttemptAt = backoff.nextAttempt(event.attempts, now).orElse(null);
            if (event.nextAttemptAt == null) {
                event.status = OutboxStatus.FAILED;
                LOG.warnf("Notification %s (%s) for institution %s failed after %d attempts: %s", event.id, event.type,
                        event.institutionId, event.attempts, event.lastError);
            } else {
                LOG.infof("Notification %s (%s) for institution %s: attempt %d failed (%s), next at %s", event.id, event.type,
                        event.institutionId, event.attempts, event.lastError, event.nextAttemptAt);
            }
        }
    }
}
