package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationApiTest extends OutboxTestSupport {

    @Test
    void filtersByInstitutionSubjectAndStatusNewestFirst() {
        String skippedOnly = partnerInstitution();
        String withWebhook = partnerInstitution();
        webhook(withWebhook, "https://mobility.partner.example/hooks");
        UUID agreement = UUID.randomUUID();
        UUID older = enqueue(skippedOnly, "agreement.version-created", agreement, Map.of("version", 1));
        UUID newer = enqueue(skippedOnly, "agreement.approved", agreement, Map.of("version", 1));
        UUID pending = enqueue(withWebhook, "agreement.approved", UUID.randomUUID(), Map.of());

        as("coordinator").queryParam("institutionId", skippedOnly).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(newer.toString(), older.toString())))
                .body("items.status", everyItem(equalTo("SKIPPED")));
        as("admin").queryParam("institutionId", withWebhook).queryParam("status", "PENDING").get("/api/v1/notifications").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(pending.toString()));
        as("coordinator").queryParam("institutionId", withWebhook).queryParam("status", "SKIPPED").get("/api/v1/notifications").then()
                .body("total", equalTo(0));
        as("coordinator").queryParam("subjectId", agreement.toString()).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/notifications").then().body("total", equalTo(2)).body("page", equalTo(1))
                .body("items[0].id", equalTo(older.toString()));
    }

    @Test
    void refusesMalformedFilters() {
        badRequestAs("coordinator").queryParam("status", "LOST").get("/api/v1/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        badRequestAs("coordinator").queryParam("institutionId", "tartu").get("/api/v1/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"));
        badRequestAs("coordinator").queryParam("size", 201).get("/api/v1/notifications").then().statusCode(400);
        badRequestAs("coordinator").post("/api/v1/notifications/" + UUID.randomUUID() + "/resend").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner" })
    void onlyCoordinatorsAndAdminsReadNotifications(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        badRequestAs(caller).get("/api/v1/notifications").then().statusCode(expected).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner", "admin" })
    void onlyCoordinatorsSendAgain(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        String institution = partnerInstitution();
        UUID subject = UUID.randomUUID();
        enqueue(institution, "agreement.approved", subject, Map.of());
        webhook(institution, "https://mobility.partner.example/hooks");
        String id = (String) notification(subject).get("id");
        badRequestAs(caller).post("/api/v1/notifications/" + id + "/resend").then().statusCode(expected);
        Map<String, Object> unchanged = notification(subject);
        assertThat(unchanged).containsEntry("status", "SKIPPED").doesNotContainKey("resentBy");
    }
}
