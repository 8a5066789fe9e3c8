package org.mobilitydesk.grant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

/** Administrators' new versions of rate tables. Each test works on a call year of its own, far from the seeded ones. */
@QuarkusTest
class RateTableEditApiTest extends ApiTest {

    /** The values of call year 2024 version 1 as the body of a new version. */
    private List<Map<String, Object>> values2024() {
        List<Map<String, Object>> values = as(null).get("/api/v1/rate-tables/2024?version=1").then().statusCode(200).extract().path("values");
        List<Map<String, Object>> copy = new ArrayList<>();
        values.forEach(v -> copy.add(new HashMap<>(v)));
        return copy;
    }

    private static Map<String, Object> body(Integer basedOn, String reason, List<Map<String, Object>> values) {
        Map<String, Object> body = new HashMap<>();
        if (basedOn != null) {
            body.put("basedOnVersion", basedOn);
        }
        body.put("reason", reason);
        body.put("values", values);
        return body;
    }

    private static Map<String, Object> value(List<Map<String, Object>> values, String item, String qualifier) {
        return values.stream().filter(v -> v.get("item").equals(item) && v.get("qualifier").equals(qualifier)).findFirst().orElseThrow();
    }

    private void createFirst(int callYear) {
        as("admin").body(body(null, "Copied from call 2024", values2024())).post("/api/v1/rate-tables/" + callYear + "/versions").then()
                .statusCode(201);
    }

    private Map<String, Object> estimate(int callYear) {
        Map<String, Object> mobility = GrantApiTest.kokshetauToTartu();
        mobility.put("callYear", callYear);
        return mobility;
    }

    private int versions(int callYear) {
        List<Integer> years = as(null).get("/api/v1/rate-tables").then().statusCode(200).extract().path("callYear");
        return (int) years.stream().filter(y -> y == callYear).count();
    }

    @Test
    void anAdministratorsNewVersionChangesTheEstimateWhichNamesIt() {
        as("admin").body(body(null, "Copied from call 2024", values2024())).post("/api/v1/rate-tables/2031/versions").then()
                .statusCode(201).header("Location", containsString("/api/v1/rate-tables/2031?version=1"))
                .body("summary.version", equalTo(1)).body("summary.status", equalTo("DRAFT"))
                .body("summary.createdBy", equalTo("admin-user")).body("summary.reason", equalTo("Copied from call 2024"));
        as(null).body(estimate(2031)).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("rateTableVersion", equalTo(1)).body("participantTotal", equalTo(4645.00f));

        List<Map<String, Object>> values = values2024();
        Map<String, Object> kazakhToEstonia = value(values, "LONG_TERM_STUDENT_MONTH", "PARTNER_TO_GROUP_2");
        kazakhToEstonia.put("amount", 950);
        kazakhToEstonia.put("confidence", "CONFIRMED");
        kazakhToEstonia.put("source", Map.of("kind", "OFFICE", "note", " Letter of the National Agency, 3 March "));
        as("admin").body(body(1, "  New student rate  ", values)).post("/api/v1/rate-tables/2031/versions").then().statusCode(201)
                .body("summary.version", equalTo(2)).body("summary.reason", equalTo("New student rate")).body("summary.seeded", equalTo(false))
                .body("values.find { it.item == 'LONG_TERM_STUDENT_MONTH' && it.qualifier == 'PARTNER_TO_GROUP_2' }.amount", equalTo(950.00f));

        as(null).body(estimate(2031)).post("/api/v1/grants/estimate").then().statusCode(200)
                .body("rateTableVersion", equalTo(2)).body("participantTotal", equalTo(5145.00f));
        as(null).get("/api/v1/rate-tables/2031").then().statusCode(200)
                .body("values.find { it.item == 'LONG_TERM_STUDENT_MONTH' && it.qualifier == 'PARTNER_TO_GROUP_2' }.source",
                        equalTo(Map.of("kind", "OFFICE", "note", "Letter of the National Agency, 3 March")));
        as(null).get("/api/v1/rate-tables/2031?version=1").then().statusCode(200)
                .body("values.find { it.item == 'LONG_TERM_STUDENT_MONTH' && it.qualifier == 'PARTNER_TO_GROUP_2' }.amount", equalTo(850.00f));
        assertThat(versions(2031)).isEqualTo(2);
    }

    @Test
    void aVersionMadeSinceTheEditBeganIsAConflictAndNothingIsStored() {
        createFirst(2032);
        List<Map<String, Object>> values = values2024();
        value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER").put("amount", 200);
        as("admin").body(body(1, "first edit", values)).post("/api/v1/rate-tables/2032/versions").then().statusCode(201);

        value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER").put("amount", 210);
        badRequestAs("admin").body(body(1, "second edit from a stale page", values)).post("/api/v1/rate-tables/2032/versions").then()
                .statusCode(409).body("errors[0].field", equalTo("basedOnVersion")).body("detail", containsString("Version 2"));
        badRequestAs("admin").body(body(null, "as if new", values)).post("/api/v1/rate-tables/2032/versions").then().statusCode(409);
        badRequestAs("admin").body(body(3, "a version to come", values)).post("/api/v1/rate-tables/2033/versions").then().statusCode(409)
                .body("detail", containsString("has no rate table yet"));
        assertThat(versions(2032)).isEqualTo(2);
        assertThat(versions(2033)).isZero();
    }

    @Test
    void twoAdministratorsSavingAtOnceGetOneNewVersionAndOneConflict() throws Exception {
        createFirst(2034);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int amount : new int[] { 201, 202 }) {
            List<Map<String, Object>> values = values2024();
            value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER").put("amount", amount);
            saves.add(() -> badRequestAs("admin").body(body(1, "edit " + amount, values)).post("/api/v1/rate-tables/2034/versions").statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(saves)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions(2034)).isEqualTo(2);
    }

    @Test
    void valuesBreakingTheRulesAre422WithEachValueNamedAndNothingStored() {
        createFirst(2035);
        List<Map<String, Object>> values = values2024();
        value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER").put("amount", null);
        Map<String, Object> bad = new HashMap<>(value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER"));
        bad.put("qualifier", "NOWHERE");
        values.add(bad);
        value(values, "ORGANISATIONAL_SUPPORT", "").put("source", Map.of("kind", "PROGRAMME_GUIDE"));
        badRequestAs("admin").body(body(1, "broken", values)).post("/api/v1/rate-tables/2035/versions").then().statusCode(422)
                .body("errors", hasSize(3))
                .body("errors.field", hasItems(
                        "values[" + values.indexOf(value(values, "STAFF_DAY", "PROGRAMME_TO_PARTNER")) + "].amount",
                        "values[" + values.indexOf(value(values, "ORGANISATIONAL_SUPPORT", "")) + "].source.edition",
                        "values[" + (values.size() - 1) + "].qualifier"));
        badRequestAs("admin").body(body(1, "nothing changed", values2024())).post("/api/v1/rate-tables/2035/versions").then()
                .statusCode(422).body("errors[0].message", equalTo("no value differs from version 1"));
        assertThat(versions(2035)).isEqualTo(1);
    }

    @Test
    void malformedInputIs400() {
        List<Map<String, Object>> negative = values2024();
        value(negative, "STAFF_DAY", "PROGRAMME_TO_PARTNER").put("amount", -5);
        badRequestAs("admin").body(body(null, "negative", negative)).post("/api/v1/rate-tables/2036/versions").then().statusCode(400)
                .body("errors[0].field", containsString(".amount"));
        badRequestAs("admin").body(body(null, " ", values2024())).post("/api/v1/rate-tables/2036/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        badRequestAs("admin").body(body(null, "no values", List.of())).post("/api/v1/rate-tables/2036/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("values"));
        List<Map<String, Object>> unknownItem = values2024();
        unknownItem.get(0).put("item", "FREE_LUNCH");
        badRequestAs("admin").body(body(null, "unknown item", unknownItem)).post("/api/v1/rate-tables/2036/versions").then().statusCode(400);
        badRequestAs("admin").body(body(null, "too early", values2024())).post("/api/v1/rate-tables/2020/versions").then().statusCode(400);
        assertThat(versions(2036)).isZero();
    }

    @Test
    void aVersionIsMarkedFinalOnceWithWhoAndWhen() {
        createFirst(2037);
        as("admin").post("/api/v1/rate-tables/2037/versions/1/finalise").then().statusCode(200)
                .body("status", equalTo("FINAL")).body("finalisedBy", equalTo("admin-user")).body("finalisedAt", notNullValue());
        badRequestAs("admin").post("/api/v1/rate-tables/2037/versions/1/finalise").then().statusCode(409)
                .body("detail", containsString("was marked final by admin-user"));
        badRequestAs("admin").post("/api/v1/rate-tables/2037/versions/2/finalise").then().statusCode(404);
        as(null).get("/api/v1/rate-tables/2037").then().statusCode(200).body("summary.status", equalTo("FINAL"));
        as(null).get("/api/v1/rate-tables/2024").then().statusCode(200).body("summary.finalisedAt", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner" })
    void onlyAnAdministratorWritesRateTables(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int status = caller == null ? 401 : 403;
        badRequestAs(caller).body(body(null, "not mine to make", values2024())).post("/api/v1/rate-tables/2038/versions").then().statusCode(status);
        badRequestAs(caller).post("/api/v1/rate-tables/2024/versions/1/finalise").then().statusCode(status);
        assertThat(versions(2038)).isZero();
        as(null).get("/api/v1/rate-tables/2024").then().body("summary.status", equalTo("DRAFT"));
    }
}
