package org.mobilitydesk.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.mobilitydesk.institution.InstitutionFixtures.partner;
import static org.mobilitydesk.institution.InstitutionFixtures.unique;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.mobilitydesk.common.ApiTest;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A partner institution per test, its webhook, notifications written as a feature would, and their state as the coordinator sees it. */
abstract class OutboxTestSupport extends ApiTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxWorker worker;

    String partnerInstitution() {
        return as("coordinator").body(partner("Webhook partner " + unique())).post("/api/v1/institutions").then().statusCode(201)
                .extract().path("id");
    }

    /** Sets the webhook and returns its new secret. */
    String webhook(String institutionId, String url) {
        return as("admin").body(Map.of("url", url)).put("/api/v1/institutions/" + institutionId + "/webhook").then().statusCode(200)
                .extract().path("secret");
    }

    /** A new partner institution whose webhook is at the URL, and the webhook's secret. */
    record Partner(String institution, String secret) {
    }

    Partner partnerReceivingAt(String url) {
        String institution = partnerInstitution();
        return new Partner(institution, webhook(institution, url));
    }

    UUID enqueue(String institutionId, String type, UUID subjectId, Object payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(UUID.fromString(institutionId), type, subjectId, payload));
    }

    /** The one notification about the subject. */
    Map<String, Object> notification(UUID subjectId) {
        return as("coordinator").queryParam("subjectId", subjectId.toString()).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0]");
    }

    long count(UUID subjectId) {
        return as("coordinator").queryParam("subjectId", subjectId.toString()).get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
