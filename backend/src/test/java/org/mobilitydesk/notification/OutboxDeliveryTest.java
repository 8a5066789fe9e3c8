package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.transaction.TransactionalException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Delivery to a receiver in the test, driven by calling the worker with the time at which it runs (the scheduler is off in tests). */
@QuarkusTest
class OutboxDeliveryTest extends OutboxTestSupport {

    @ConfigProperty(name = "mobility.outbox.backoff-base")
    Duration backoffBase;
    @ConfigProperty(name = "mobility.outbox.max-attempts")
    int maxAttempts;

    private static Instant soon() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static Instant nextAttempt(Map<String, Object> notification) {
        return Instant.parse((String) notification.get("nextAttemptAt"));
    }

    @Test
    void deliversTheBodyWithItsHeadersAndAVerifiableSignatureOnce() throws Exception {
        try (Receiver receiver = Receiver.answering()) {
            Partner partner = partnerReceivingAt(receiver.url());
            String institution = partner.institution();
            UUID subject = UUID.randomUUID();
            UUID id = enqueue(institution, "agreement.approved", subject, Map.of("hash", "ab12", "version", 3));
            assertThat(notification(subject)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                    .containsEntry("type", "agreement.approved").containsEntry("institutionId", institution);

            assertThat(worker.deliverDue(soon())).isPositive();

            Receiver.Request request = receiver.received.poll();
            assertThat(request).isNotNull();
            assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
            assertThat(request.headers().getFirst("X-Mobility-Desk-Event")).isEqualTo("agreement.approved");
            assertThat(request.headers().getFirst("X-Mobility-Desk-Delivery")).isEqualTo(id.toString());
            assertThat(request.headers().getFirst("X-Mobility-Desk-Signature")).isEqualTo(WebhookSignature.of(partner.secret(), request.body()));
            JsonPath body = new JsonPath(new String(request.body(), StandardCharsets.UTF_8));
            assertThat(body.getString("id")).isEqualTo(id.toString());
            assertThat(body.getString("type")).isEqualTo("agreement.approved");
            assertThat(body.getString("subjectId")).isEqualTo(subject.toString());
            assertThat(body.getString("institutionId")).isEqualTo(institution);
            assertThat(Instant.parse(body.getString("occurredAt"))).isBefore(Instant.now());
            assertThat(body.getMap("data")).containsEntry("hash", "ab12").containsEntry("version", 3).hasSize(2);

            Map<String, Object> delivered = notification(subject);
            assertThat(delivered).containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                    .containsKey("deliveredAt").doesNotContainKeys("nextAttemptAt", "lastError");
            worker.deliverDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(receiver.received).isEmpty();
        }
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffUntilDelivered() throws Exception {
        try (Receiver receiver = Receiver.answering(500, 503)) {
            String institution = partnerReceivingAt(receiver.url()).institution();
            UUID subject = UUID.randomUUID();
            enqueue(institution, "agreement.version-created", subject, Map.of("version", 2));
            Instant first = soon();

            worker.deliverDue(first);
            Map<String, Object> failedOnce = notification(subject);
            assertThat(failedOnce).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("lastError", "HTTP 500");
            assertThat(nextAttempt(failedOnce)).isEqualTo(first.plus(backoffBase));

            worker.deliverDue(nextAttempt(failedOnce).minusMillis(1));
            assertThat(receiver.received).hasSize(1);

            worker.deliverDue(nextAttempt(failedOnce));
            Map<String, Object> failedTwice = notification(subject);
            assertThat(failedTwice).containsEntry("status", "PENDING").containsEntry("attempts", 2).containsEntry("lastError", "HTTP 503");
            assertThat(nextAttempt(failedTwice)).isEqualTo(nextAttempt(failedOnce).plus(backoffBase.multipliedBy(2)));

            worker.deliverDue(nextAttempt(failedTwice));
            assertThat(notification(subject)).containsEntry("status", "DELIVERED").containsEntry("attempts", 3);
            assertThat(receiver.received).hasSize(3).extracting(r -> r.headers().getFirst("X-Mobility-Desk-Delivery")).containsOnly(
                    (String) failedOnce.get("id"));
        }
    }

    @Test
    void aReceiverThatIsDownFailsAfterTheLastAttemptAndTheCoordinatorSendsItAgain() throws Exception {
        String institution = partnerReceivingAt(Receiver.closedUrl()).institution();
        UUID subject = UUID.randomUUID();
        enqueue(institution, "agreement.terminated", subject, Map.of("reason", "ended"));
        Instant at = soon();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            worker.deliverDue(at);
            Map<String, Object> state = notification(subject);
            assertThat(state).containsEntry("attempts", attempt).containsEntry("lastError", "connection refused");
            if (attempt < maxAttempts) {
                assertThat(state).containsEntry("status", "PENDING");
                at = nextAttempt(state);
            } else {
                assertThat(state).containsEntry("status", "FAILED").doesNotContainKey("nextAttemptAt");
            }
        }

        try (Receiver receiver = Receiver.answering()) {
            String secret = webhook(institution, receiver.url());
            String id = (String) notification(subject).get("id");
            as("coordinator").post("/api/v1/notifications/" + id + "/resend").then().statusCode(200)
                    .body("status", equalTo("PENDING")).body("attempts", equalTo(0)).body("resentBy", equalTo("coordinator-user"));
            badRequestAs("coordinator").post("/api/v1/notifications/" + id + "/resend").then().statusCode(409)
                    .contentType("application/problem+json");
            worker.deliverDue(soon());
            assertThat(notification(subject)).containsEntry("status", "DELIVERED").containsEntry("attempts", 1);
            Receiver.Request request = receiver.received.poll();
            assertThat(request.headers().getFirst("X-Mobility-Desk-Signature")).isEqualTo(WebhookSignature.of(secret, request.body()));
        }
    }

    @Test
    void aSlowReceiverIsAFailedAttemptAndNeitherTheApiNorTheNotificationWaitsForIt() throws Exception {
        try (Receiver receiver = Receiver.holding()) {
            String institution = partnerReceivingAt(receiver.url()).institution();
            UUID subject = UUID.randomUUID();
            enqueue(institution, "agreement.approved", subject, Map.of());
            CompletableFuture<Integer> delivering = CompletableFuture.supplyAsync(() -> worker.deliverDue(soon()));
            assertThat(receiver.received.poll(10, TimeUnit.SECONDS)).as("the receiver got the request").isNotNull();

            String id = (String) notification(subject).get("id");
            badRequestAs("coordinator").post("/api/v1/notifications/" + id + "/resend").then().statusCode(409);
            assertThat(delivering).as("the API answered while the receiver still holds the request").isNotDone();

            delivering.get(10, TimeUnit.SECONDS);
            assertThat(notification(subject)).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                    .containsEntry("lastError", "timeout");
        }
    }

    @Test
    void anotherFeatureMustEnqueueInsideItsTransaction() {
        String institution = partnerInstitution();
        UUID subject = UUID.randomUUID();
        assertThatThrownBy(() -> outbox.enqueue(UUID.fromString(institution), "agreement.approved", subject, Map.of()))
                .isInstanceOf(TransactionalException.class);
        assertThat(count(subject)).isZero();
    }

    @Test
    void aNotificationWhoseTransactionRollsBackIsNeverSent() throws Exception {
        try (Receiver receiver = Receiver.answering()) {
            String institution = partnerReceivingAt(receiver.url()).institution();
            UUID subject = UUID.randomUUID();
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.enqueue(UUID.fromString(institution), "agreement.approved", subject, Map.of());
                throw new IllegalStateException("the change is refused");
            })).isInstanceOf(IllegalStateException.class);
            worker.deliverDue(soon());
            assertThat(receiver.received).isEmpty();
            assertThat(count(subject)).isZero();
        }
    }

    @Test
    void withoutAWebhookANotificationIsSkippedAndCanBeSentOnceThereIsOne() throws Exception {
        String institution = partnerInstitution();
        UUID subject = UUID.randomUUID();
        enqueue(institution, "agreement.approved", subject, Map.of());
        Map<String, Object> skipped = notification(subject);
        assertThat(skipped).containsEntry("status", "SKIPPED").containsEntry("lastError", "no webhook configured")
                .containsEntry("attempts", 0);
        String id = (String) skipped.get("id");
        badRequestAs("coordinator").post("/api/v1/notifications/" + id + "/resend").then().statusCode(422)
                .body("errors[0].field", equalTo("institutionId"));

        try (Receiver receiver = Receiver.answering()) {
            webhook(institution, receiver.url());
            as("coordinator").post("/api/v1/notifications/" + id + "/resend").then().statusCode(200).body("status", equalTo("PENDING"));
            worker.deliverDue(soon());
            assertThat(notification(subject)).containsEntry("status", "DELIVERED");
            assertThat(receiver.received).hasSize(1);
        }
    }

    @Test
    void aWebhookRemovedBeforeDeliverySkipsTheNotification() throws Exception {
        try (Receiver receiver = Receiver.answering()) {
            String institution = partnerReceivingAt(receiver.url()).institution();
            UUID subject = UUID.randomUUID();
            enqueue(institution, "agreement.approved", subject, Map.of());
            deletingAs("admin").delete("/api/v1/institutions/" + institution + "/webhook").then().statusCode(204);
            worker.deliverDue(soon());
            assertThat(receiver.received).isEmpty();
            assertThat(notification(subject)).containsEntry("status", "SKIPPED").containsEntry("lastError", "no webhook configured");
        }
    }

    @Test
    void eventTypesAreDotSeparatedLowerCaseWords() {
        String institution = partnerInstitution();
        for (String type : new String[] { "AgreementApproved", "agreement", "agreement approved", "agreement..approved", "" }) {
            assertThatThrownBy(() -> enqueue(institution, type, UUID.randomUUID(), Map.of())).as(type)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
