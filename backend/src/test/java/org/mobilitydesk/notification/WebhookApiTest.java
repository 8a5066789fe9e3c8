package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookApiTest extends OutboxTestSupport {

    private static final String URL = "https://mobility.partner.example/hooks/mobility-desk";

    private static String path(String institution) {
        return "/api/v1/institutions/" + institution + "/webhook";
    }

    @Test
    void theSecretIsShownOnceAndEveryPutRotatesIt() {
        String institution = partnerInstitution();
        String first = as("admin").body(Map.of("url", URL)).put(path(institution)).then().statusCode(200)
                .body("url", equalTo(URL)).body("institutionId", equalTo(institution)).body("updatedBy", equalTo("admin-user"))
                .body("secret", matchesPattern("[0-9a-f]{64}")).body("secretCreatedAt", notNullValue()).extract().path("secret");
        as("admin").get(path(institution)).then().statusCode(200).body("url", equalTo(URL)).body("secret", nullValue())
                .body("secretCreatedAt", notNullValue());
        String second = as("admin").body(Map.of("url", URL + "/v2")).put(path(institution)).then().statusCode(200)
                .body("url", equalTo(URL + "/v2")).extract().path("secret");
        assertThat(second).isNotEqualTo(first);
        deletingAs("admin").delete(path(institution)).then().statusCode(204);
        as("admin").get(path(institution)).then().statusCode(204).body(emptyString());
        deletingAs("admin").delete(path(institution)).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not a url", "ftp://partner.example/hooks", "http://partner.example/hooks",
            "https://user:secret@partner.example/hooks", "/hooks", "https://partner.example/hooks#x" })
    void refusesUrlsThatAreNotSafeReceivers(String url) {
        String institution = partnerInstitution();
        badRequestAs("admin").body(Map.of("url", url)).put(path(institution)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        as("admin").get(path(institution)).then().statusCode(204);
    }

    @Test
    void refusesAMissingBodyOrUrlAndUnknownInstitutions() {
        String institution = partnerInstitution();
        badRequestAs("admin").body(Map.of()).put(path(institution)).then().statusCode(400).body("errors[0].field", equalTo("url"));
        badRequestAs("admin").put(path(institution)).then().statusCode(400);
        badRequestAs("admin").body(Map.of("url", URL, "secret", "mine")).put(path(institution)).then().statusCode(400)
                .body("errors[0].field", equalTo("secret"));
        String unknown = "0b6f3c1e-1d2a-4c0e-9a11-999999999999";
        badRequestAs("admin").body(Map.of("url", URL)).put(path(unknown)).then().statusCode(404);
        as("admin").get(path(unknown)).then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner" })
    void onlyAdminsSeeAndChangeWebhooks(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        String institution = partnerInstitution();
        webhook(institution, URL);
        badRequestAs(caller).get(path(institution)).then().statusCode(expected).contentType("application/problem+json");
        badRequestAs(caller).body(Map.of("url", URL + "/other")).put(path(institution)).then().statusCode(expected);
        badRequestAs(caller).delete(path(institution)).then().statusCode(expected);
        as("admin").get(path(institution)).then().statusCode(200).body("url", equalTo(URL));
    }
}
