package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
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

    static final Map<String, Object> BISHKEK = Map.of("countryCode", "KG", "latitude", 42.8746, "longitude", 74.5698);

    /** A staff week from Bishkek to Tartu: the partner-to-group-2 staff rate is not set for calls 2024 and 2025. */
    @ParameterizedTest
    @ValueSource(ints = { 2024, 2025 })
    void anEstimateWithARateNotSetShowsWhatItCanComputeAndWhatTheOfficeHasToSet(int callYear) {
        Map<String, Object> body = new HashMap<>(Map.of("callYear", callYear, "mobilityType", "STAFF_TEACHING", "sending", BISHKEK,
                "receiving", TARTU, "startDate", "2025-03-03", "endDate", "2025-03-07", "travelDays", 2));
        as(null).body(body).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("flow", equalTo("PARTNER_TO_GROUP_2"))
                .body("lines.find { it.kind == 'INDIVIDUAL_SUPPORT' }.amount", nullValue())
                .body("lines.find { it.kind == 'INDIVIDUAL_SUPPORT' }.explanation.key", equalTo("grant.line.notComputed"))
                .body("lines.find { it.kind == 'INDIVIDUAL_SUPPORT' }.explanation.args.rates", equalTo("STAFF_DAY:PARTNER_TO_GROUP_2"))
                .body("lines.find { it.kind == 'TRAVEL' }.amount", equalTo(580.00f))
                .body("participantTotal", nullValue()).body("participantSubtotal", equalTo(580.00f))
                .body("institutionTotal", nullValue()).body("institutionSubtotal", equalTo(0.00f))
                .body("missingRates.item", contains("STAFF_DAY", "ORGANISATIONAL_SUPPORT"))
                .body("missingRates.qualifier", contains("PARTNER_TO_GROUP_2", ""))
                .body("warnings.find { it.key == 'grant.warning.valueUnknown' }.args", not(hasKey("source")));
    }

    @Test
    void aCompleteEstimateHasItsTotalAsSubtotalAndNoMissingRate() {
        as(null).body(kokshetauToTartu()).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("participantSubtotal", equalTo(4645.00f)).body("missingRates.item", contains("ORGANISATIONAL_SUPPORT"));
    }

    /** Visitors read public sources as codes to translate, never the developers' notes, and no author for the seed. */
    @Test
    void visitorsSeeTheProgrammeGuideAsSourceAndNoInternalReference() {
        String table = as(null).get("/api/v1/rate-tables/2024").then().statusCode(200)
                .body("summary.seeded", equalTo(true)).body("summary", not(hasKey("reason"))).body("summary", not(hasKey("createdBy")))
                .body("values.find { it.item == 'STAFF_DAY' && it.qualifier == 'PROGRAMME_TO_PARTNER' }.source.kind", equalTo("PROGRAMME_GUIDE"))
                .body("values.find { it.item == 'STAFF_DAY' && it.qualifier == 'PROGRAMME_TO_PARTNER' }.source.edition", equalTo(2024))
                .body("values.find { it.item == 'ORGANISATIONAL_SUPPORT' }.source.kind", equalTo("NOT_PUBLISHED"))
                .body("values.source.note", everyItem(nullValue()))
                .extract().asString();
        String list = as(null).get("/api/v1/rate-tables").then().statusCode(200).extract().asString();
        String estimate = as(null).body(kokshetauToTartu()).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("warnings.find { it.key == 'grant.warning.lowConfidence' }.args.source", equalTo("PROGRAMME_GUIDE:2023"))
                .extract().asString();
        for (String answer : List.of(table, list, estimate)) {
            assertThat(answer).doesNotContain("DOMAIN-KA171", "migration", "Seeded from");
        }
    }

    @Test
    void eachVersionListsTheValuesTheOfficeStillHasToSet() {
        List<String> expected2024 = List.of("STAFF_DAY:PARTNER_TO_GROUP_1", "STAFF_DAY:PARTNER_TO_GROUP_2", "STAFF_DAY:PARTNER_TO_GROUP_3",
                "LONG_TERM_TRAVEL_DAYS:GREEN", "LONG_TERM_TRAVEL_DAYS:STANDARD", "INCLUSION_SUPPORT:", "ORGANISATIONAL_SUPPORT:");
        List<Map<String, String>> listed = as(null).get("/api/v1/rate-tables").then().statusCode(200).extract()
                .path("find { it.callYear == 2024 && it.version == 1 }.unknownValues");
        assertThat(listed.stream().map(k -> k.get("item") + ":" + k.get("qualifier"))).containsExactlyElementsOf(expected2024);
        List<Map<String, String>> of2025 = as(null).get("/api/v1/rate-tables/2025?version=1").then().statusCode(200).extract()
                .path("summary.unknownValues");
        assertThat(of2025.stream().map(k -> k.get("item") + ":" + k.get("qualifier"))).startsWith("STAFF_DAY:PARTNER_TO_GROUP_1",
                "STAFF_DAY:PARTNER_TO_GROUP_2", "STAFF_DAY:PARTNER_TO_GROUP_3", "STAFF_DAY:PROGRAMME_TO_PARTNER");
    }

    @Test
    void travelBandsComeInTheOrderOfTheirDistance() {
        List<String> bands = as(null).get("/api/v1/rate-tables/2024").then().statusCode(200).extract()
                .path("values.findAll { it.item == 'TRAVEL_STANDARD' }.qualifier");
        assertThat(bands).containsExactly("10", "100", "500", "2000", "3000", "4000", "8000");
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
