package org.mobilitydesk.grant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GrantApiTest extends ApiTest {

    static final Map<String, Object> KOKSHETAU = Map.of("countryCode", "KZ", "latitude", 53.2833, "longitude", 69.3833);
    static final Map<String, Object> TARTU = Map.of("countryCode", "EE", "latitude", 58.3811, "longitude", 26.7198);

    /** DOMAIN-KA171 §9, first worked example: a long-term student from Kokshetau to Tartu, call 2024. */
    static Map<String, Object> kokshetauToTartu() {
        Map<String, Object> body = new HashMap<>();
        body.put("callYear", 2024);
        body.put("mobilityType", "STUDENT_STUDIES");
        body.put("sending", KOKSHETAU);
        body.put("receiving", TARTU);
        body.put("startDate", "2025-02-01");
        body.put("endDate", "2025-06-30");
        return body;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = kokshetauToTartu();
        body.put(key, value);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner", "admin" })
    void anyoneEstimatesTheWorkedExample(String role) {
        as(role.equals("anonymous") ? null : role).body(kokshetauToTartu()).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("rateTableVersion", equalTo(1)).body("flow", equalTo("PARTNER_TO_GROUP_2")).body("durationDays", equalTo(150))
                .body("lines.find { it.kind == 'INDIVIDUAL_SUPPORT' }.amount", equalTo(4250.00f))
                .body("lines.find { it.kind == 'TRAVEL' }.amount", equalTo(395.00f))
                .body("participantTotal", equalTo(4645.00f))
                .body("lines.find { it.kind == 'INDIVIDUAL_SUPPORT' }.explanation.key", notNullValue())
                .body("warnings.key", hasItem(notNullValue()));
    }

    @Test
    void greenTravelPaysTheGreenBand() {
        as(null).body(with("greenTravel", true)).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("lines.find { it.kind == 'TRAVEL' }.amount", equalTo(535.00f));
    }

    @Test
    void institutionsGiveTheirCountryAndCoordinates() {
        Map<String, Object> tartu = new HashMap<>(Map.of("name", "Tartu for grants " + UUID.randomUUID(), "countryCode", "EE",
                "city", "Tartu", "latitude", 58.3811, "longitude", 26.7198));
        String id = as("coordinator").body(tartu).post("/api/v1/institutions").then().statusCode(201).extract().path("id");
        as(null).body(with("receiving", Map.of("institutionId", id))).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("participantTotal", equalTo(4645.00f));
        badRequestAs(null).body(with("receiving", Map.of("institutionId", UUID.randomUUID().toString())))
                .post("/api/v1/grants/estimate").then().statusCode(404);
    }

    @Test
    void theRulesRefuseWithTheFieldAndAReason() {
        badRequestAs(null).body(with("endDate", "2025-01-15")).post("/api/v1/grants/estimate").then().statusCode(422)
                .body("errors[0].field", equalTo("endDate")).body("errors[0].code", equalTo("grant.refusal.endBeforeStart"))
                .body("errors[0].args.endDate", equalTo("2025-01-15")).body("errors[0].args.startDate", equalTo("2025-02-01"));
        badRequestAs(null).body(with("endDate", "2025-02-20")).post("/api/v1/grants/estimate").then().statusCode(422)
                .body("errors[0].field", equalTo("endDate"));
        badRequestAs(null).body(with("receiving", Map.of("countryCode", "KZ", "latitude", 51.1, "longitude", 71.4)))
                .post("/api/v1/grants/estimate").then().statusCode(422).body("errors[0].field", equalTo("receiving"));
        badRequestAs(null).body(with("callYear", 2030)).post("/api/v1/grants/estimate").then().statusCode(422)
                .body("errors[0].field", equalTo("callYear"));
    }

    @Test
    void badInputIsNamed() {
        badRequestAs(null).body(with("sending", Map.of("countryCode", "KZ"))).post("/api/v1/grants/estimate").then()
                .statusCode(400).body("errors[0].field", equalTo("sending"));
        badRequestAs(null).body(with("sending", Map.of("countryCode", "QQ", "latitude", 1, "longitude", 1)))
                .post("/api/v1/grants/estimate").then().statusCode(422).body("errors[0].field", equalTo("sending.countryCode"));
        badRequestAs(null).body(with("travelDays", 9)).post("/api/v1/grants/estimate").then().statusCode(400)
                .body("errors[0].field", equalTo("travelDays"));
        badRequestAs(null).body(with("mobilityType", "HOLIDAY")).post("/api/v1/grants/estimate").then().statusCode(400)
                .body("errors[0].field", equalTo("mobilityType"));
        badRequestAs(null).body(with("startDate", null)).post("/api/v1/grants/estimate").then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void rateTablesAreReadableByAnyoneWithSourcesAndConfidence() {
        as(null).get("/api/v1/rate-tables").then().statusCode(200)
                .body("find { it.callYear == 2024 }.version", equalTo(1));
        as("applicant").get("/api/v1/rate-tables/2024").then().statusCode(200).body("summary.version", equalTo(1))
                .body("values.find { it.item == 'STAFF_DAY' && it.qualifier == 'PROGRAMME_TO_PARTNER' }.amount", equalTo(190.00f))
                .body("values.find { it.item == 'STAFF_DAY' && it.qualifier == 'PROGRAMME_TO_PARTNER' }.confidence", equalTo("CONFIRMED"))
                .body("values.find { it.item == 'ORGANISATIONAL_SUPPORT' }.confidence", equalTo("UNKNOWN"));
        badRequestAs(null).get("/api/v1/rate-tables/2019").then().statusCode(404);
        badRequestAs(null).queryParam("version", 9).get("/api/v1/rate-tables/2024").then().statusCode(404);
        badRequestAs(null).queryParam("version", 0).get("/api/v1/rate-tables/2024").then().statusCode(400);
    }
}
