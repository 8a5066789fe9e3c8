package org.mobilitydesk.grant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GrantCalculationApiTest extends ApiTest {

    private static Map<String, Object> withOverride(String km, String reason) {
        return Map.of("mobility", GrantApiTest.kokshetauToTartu(), "distanceOverride", Map.of("km", km, "reason", reason));
    }

    @Test
    void theCoordinatorStoresACalculationWithADistanceOverrideAndReadsItBack() {
        String id = as("coordinator").body(withOverride("3100", "Commission distance calculator"))
                .post("/api/v1/grants/calculations").then().statusCode(201)
                .header("Location", containsString("/api/v1/grants/calculations/"))
                .body("result.distanceKm", equalTo(2675.77f))
                .body("result.distanceOverride.km", equalTo(3100.00f))
                .body("result.lines.find { it.kind == 'TRAVEL' }.amount", equalTo(580.00f))
                .body("result.participantTotal", equalTo(4830.00f))
                .body("createdBy", equalTo("coordinator-user"))
                .extract().path("id");
        for (String reader : new String[] { "coordinator", "admin" }) {
            as(reader).get("/api/v1/grants/calculations/" + id).then().statusCode(200)
                    .body("input.mobility.startDate", equalTo("2025-02-01"))
                    .body("input.distanceOverride.reason", equalTo("Commission distance calculator"))
                    .body("result.rateTableVersion", equalTo(1)).body("result.participantTotal", equalTo(4830.00f));
        }
    }

    @Test
    void withoutOverrideTheComputedDistanceCounts() {
        as("coordinator").body(Map.of("mobility", GrantApiTest.kokshetauToTartu())).post("/api/v1/grants/calculations").then()
                .statusCode(201).body("result.participantTotal", equalTo(4645.00f));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner", "admin" })
    void onlyTheCoordinatorStoresCalculations(String role) {
        String caller = role.equals("anonymous") ? null : role;
        badRequestAs(caller).body(withOverride("3100", "x")).post("/api/v1/grants/calculations").then()
                .statusCode(caller == null ? 401 : 403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner" })
    void onlyStaffReadsCalculations(String role) {
        String id = as("coordinator").body(withOverride("3100", "x")).post("/api/v1/grants/calculations").then().statusCode(201)
                .extract().path("id");
        String caller = role.equals("anonymous") ? null : role;
        badRequestAs(caller).get("/api/v1/grants/calculations/" + id).then().statusCode(caller == null ? 401 : 403);
    }

    @Test
    void badOverridesAndUnknownIdsAreRefused() {
        badRequestAs("coordinator").body(withOverride("3100", " ")).post("/api/v1/grants/calculations").then().statusCode(400)
                .body("errors[0].field", equalTo("distanceOverride.reason"));
        badRequestAs("coordinator").body(withOverride("-5", "negative")).post("/api/v1/grants/calculations").then().statusCode(400)
                .body("errors[0].field", equalTo("distanceOverride.km"));
        badRequestAs("coordinator").get("/api/v1/grants/calculations/" + UUID.randomUUID()).then().statusCode(404);
    }
}
