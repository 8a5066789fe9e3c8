package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mobilitydesk.call.CallFixtures.call;
import static org.mobilitydesk.call.CallFixtures.with;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.common.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CallApiTest extends ApiTest {

    @Inject
    AgreementService agreements;

    private String home;
    private String tartu;
    private String milan;

    @BeforeEach
    void partners() {
        home = CallFixtures.home("Asia/Bishkek");
        tartu = CallFixtures.partner("Tartu");
        milan = CallFixtures.partner("Milan");
        CallFixtures.agreementInForce(home, tartu, agreements);
    }

    private JsonPath create(Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/calls").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath published(Map<String, Object> body) {
        String id = create(body).getString("id");
        return as("coordinator").body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theCoordinatorDraftsPublishesAndChangesACallWithAReasonThatTheLogKeeps() {
        Instant deadline = Instant.parse("2027-03-31T17:59:59Z");
        JsonPath draft = create(with(call(tartu, milan), "deadline", "2027-03-31T23:59:59+06:00"));
        String id = draft.getString("id");
        as("coordinator").get("/api/v1/calls/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("title.en", equalTo("Erasmus+ study exchange 2026/2027"))
                .body("duration.unit", equalTo("MONTHS")).body("duration.minimum", equalTo(2)).body("duration.maximum", equalTo(12))
                .body("places[0].partner.id", equalTo(tartu)).body("places[0].places", equalTo(2))
                .body("places[0].agreementMobilitiesPerYear", equalTo(2)).body("places[0].overrideReason", nullValue())
                .body("places[1].agreementMobilitiesPerYear", nullValue())
                .body("places[1].overrideReason", equalTo("The new agreement awaits the partner's approval"))
                .body("eligibility.minimumGrade.value", equalTo(4.0f)).body("eligibility.minimumGrade.scaleMax", equalTo(5.0f))
                .body("schedule.deadline", equalTo(deadline.toString())).body("schedule.timeZone", equalTo("Asia/Bishkek"))
                .body("schedule.deadlineLocal", equalTo("2027-03-31T23:59:59+06:00"))
                .body("schedule.acceptingApplications", equalTo(false)).body("createdBy", equalTo("coordinator-user"));

        as("coordinator").body(with(with(call(tartu, milan), "maxPreferences", 1), "version", 0)).put("/api/v1/calls/" + id).then()
                .statusCode(200).body("maxPreferences", equalTo(1)).body("version", equalTo(1));
        as("coordinator").get("/api/v1/calls/" + id + "/changes").then().statusCode(200).body("$", empty());

        as("coordinator").body(Map.of("version", 1)).post("/api/v1/calls/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("coordinator-user"))
                .body("schedule.acceptingApplications", equalTo(true));
        Map<String, Object> later = with(with(call(tartu, milan), "maxPreferences", 1), "version", 2);
        later.put("deadline", "2027-04-15T23:59:59+06:00");
        later.put("changeReason", "Tartu extended its nomination deadline");
        as("coordinator").body(later).put("/api/v1/calls/" + id).then().statusCode(200)
                .body("schedule.deadlineLocal", equalTo("2027-04-15T23:59:59+06:00")).body("version", equalTo(3));

        as("admin").get("/api/v1/calls/" + id + "/changes").then().statusCode(200)
                .body("action", contains("PUBLISH", "EDIT")).body("actor", contains("coordinator-user", "coordinator-user"))
                .body("[1].reason", equalTo("Tartu extended its nomination deadline")).body("[1].changedFields", contains("deadline"));
        as(null).get("/api/v1/public/calls/" + id).then().statusCode(200)
                .body("amendments[0].reason", equalTo("Tartu extended its nomination deadline"))
                .body("amendments[0].changedFields", contains("deadline")).body("amendments[0].actor", nullValue());
    }

    @Test
    void aPublishedCallChangesOnlyWithAReasonAndKeepsItsTypeAndYear() {
        JsonPath call = published(call(tartu));
        String id = call.getString("id");
        Map<String, Object> edit = with(with(call(tartu), "maxPreferences", 3), "version", 1);
        badRequestAs("coordinator").body(edit).put("/api/v1/calls/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("changeReason")).body("errors[0].code", equalTo("call.published.changeReasonRequired"));
        edit.put("changeReason", "   ");
        badRequestAs("coordinator").body(edit).put("/api/v1/calls/" + id).then().statusCode(422);
        edit.put("changeReason", "Staff instead");
        edit.put("mobilityType", "STAFF_TRAINING");
        edit.put("eligibility", Map.of());
        badRequestAs("coordinator").body(edit).put("/api/v1/calls/" + id).then().statusCode(422)
                .body("errors.field", hasItem("mobilityType"));
        as("coordinator").get("/api/v1/calls/" + id).then().body("maxPreferences", equalTo(2)).body("version", equalTo(1))
                .body("mobilityType", equalTo("STUDENT_STUDIES"));
        as("coordinator").get("/api/v1/calls/" + id + "/changes").then().body("action", contains("PUBLISH"));
    }

    @Test
    void atTheDeadlineThePublishedCallIsClosedAndNothingChangesIt() {
        Instant deadline = CallFixtures.now().plus(2, ChronoUnit.HOURS);
        String id = published(with(call(tartu), "deadline", deadline.toString())).getString("id");

        TestClock.at(deadline.minusSeconds(1));
        as("coordinator").get("/api/v1/calls/" + id).then().body("status", equalTo("PUBLISHED"))
                .body("schedule.acceptingApplications", equalTo(true));
        as(null).get("/api/v1/public/calls/" + id).then().statusCode(200);

        TestClock.at(deadline.plusSeconds(1));
        as("admin").get("/api/v1/calls/" + id).then().body("status", equalTo("CLOSED")).body("schedule.acceptingApplications", equalTo(false));
        as(null).get("/api/v1/public/calls/" + id).then().statusCode(404);
        as("coordinator").queryParam("status", "CLOSED").queryParam("size", 200).get("/api/v1/calls").then().body("items.id", hasItem(id));
        as("coordinator").queryParam("status", "PUBLISHED").queryParam("size", 200).get("/api/v1/calls").then().body("items.id", not(hasItem(id)));
        Map<String, Object> edit = with(with(call(tartu), "version", 1), "changeReason", "Extend");
        badRequestAs("coordinator").body(edit).put("/api/v1/calls/" + id).then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        badRequestAs("coordinator").body(Map.of("version", 1)).post("/api/v1/calls/" + id + "/publish").then().statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));
        badRequestAs("coordinator").accept("application/json, application/problem+json").queryParam("version", 1)
                .delete("/api/v1/calls/" + id).then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        as("coordinator").get("/api/v1/calls/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aDraftCanBeDeletedAndAPublishedCallCannot() {
        String draft = create(call(tartu)).getString("id");
        badRequestAs("coordinator").accept("application/json, application/problem+json").queryParam("version", 3)
                .delete("/api/v1/calls/" + draft).then().statusCode(409).body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").accept("application/json, application/problem+json").delete("/api/v1/calls/" + draft).then().statusCode(400);
        deletingAs("coordinator").queryParam("version", 0).delete("/api/v1/calls/" + draft).then().statusCode(204);
        badRequestAs("coordinator").get("/api/v1/calls/" + draft).then().statusCode(404);

        String open = published(call(tartu)).getString("id");
        deletingAs("coordinator").queryParam("version", 1).delete("/api/v1/calls/" + open).then().statusCode(409)
                .body("currentStatus", equalTo("PUBLISHED"));
        badRequestAs("coordinator").body(Map.of("version", 1)).post("/api/v1/calls/" + open + "/publish").then().statusCode(409)
                .body("currentStatus", equalTo("PUBLISHED"));
    }

    @Test
    void publishingNeedsACompleteCallWithADeadlineToCome() {
        Map<String, Object> incomplete = with(with(call(), "criteria", List.of()), "description", Map.of());
        String id = create(incomplete).getString("id");
        badRequestAs("coordinator").body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(422)
                .body("errors.field", contains("places", "criteria", "description.en"));

        Instant deadline = CallFixtures.now().plus(1, ChronoUnit.HOURS);
        String soon = create(with(call(tartu), "deadline", deadline.toString())).getString("id");
        TestClock.at(deadline);
        badRequestAs("coordinator").body(Map.of("version", 0)).post("/api/v1/calls/" + soon + "/publish").then().statusCode(422)
                .body("errors.field", contains("deadline"));
        as("coordinator").get("/api/v1/calls/" + soon).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anyoneSeesOnlyPublishedOpenAndUpcomingCallsWithoutInternalFields() {
        Instant now = CallFixtures.now();
        String draft = create(call(tartu)).getString("id");
        String closing = published(with(call(tartu), "deadline", now.plus(1, ChronoUnit.HOURS).toString())).getString("id");
        List<Map<String, Object>> criteria = List.of(
                Map.of("name", Map.of("en", "Grade average"), "weight", 60, "maxScore", 10, "kind", "GRADE_AVERAGE"),
                Map.of("name", Map.of("en", "English"), "weight", 30, "maxScore", 6, "kind", "LANGUAGE_LEVEL", "language", "en"),
                Map.of("name", Map.of("en", "Motivation"), "weight", 10, "maxScore", 10,
                        "description", Map.of("en", "Clear goals for the stay", "ru", "  Ясные цели поездки ")));
        String open = published(with(with(call(tartu, milan), "criteria", criteria), "ranking",
                Map.of("fewerOpportunitiesFirst", true, "minimumTotal", 40.5))).getString("id");
        Map<String, Object> upcoming = with(call(tartu), "opensAt", now.plus(10, ChronoUnit.DAYS).toString());
        String later = published(with(upcoming, "mobilityType", "STUDENT_STUDIES")).getString("id");
        TestClock.at(now.plus(2, ChronoUnit.HOURS));

        List<String> listed = as(null).queryParam("size", 200).get("/api/v1/public/calls").then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(open, later).doesNotContain(draft, closing);
        as(null).queryParam("size", 200).get("/api/v1/public/calls").then()
                .body("items.find { it.id == '" + open + "' }.places.partner.name", hasItem(startsWith("Milan")))
                .body("items.find { it.id == '" + open + "' }.schedule.acceptingApplications", equalTo(true))
                .body("items.find { it.id == '" + later + "' }.schedule.acceptingApplications", equalTo(false));
        String body = as("applicant").get("/api/v1/public/calls/" + open).then().statusCode(200)
                .body("places[1].partner.countryName", equalTo("Estonia")).body("places[1].places", equalTo(1))
                .body("criteria.weight", contains(60, 30, 10)).body("documents[1].label.en", equalTo("Medical certificate"))
                .body("criteria.kind", contains("GRADE_AVERAGE", "LANGUAGE_LEVEL", "EVALUATOR")).body("criteria[1].language", equalTo("en"))
                .body("criteria[2].description.ru", equalTo("Ясные цели поездки"))
                .body("ranking.fewerOpportunitiesFirst", equalTo(true)).body("ranking.minimumTotal", equalTo(40.5f))
                .body("eligibility.languages[0].cefrLevel", equalTo("B2"))
                .extract().asString();
        assertThat(body).doesNotContain("overrideReason", "awaits the partner", "coordinator-user", "createdBy",
                "agreementMobilitiesPerYear", "version");
        as(null).get("/api/v1/public/calls/" + draft).then().statusCode(404);
        as(null).get("/api/v1/public/calls/" + UUID.randomUUID()).then().statusCode(404);
        as(null).queryParam("mobilityType", "STAFF_TEACHING").queryParam("size", 200).get("/api/v1/public/calls").then()
                .body("items.id", not(hasItem(open)));
        badRequestAs(null).queryParam("mobilityType", "SPACE").get("/api/v1/public/calls").then().statusCode(400)
                .body("errors[0].field", equalTo("mobilityType"));
    }

    @Test
    void theListFiltersByStatusYearAndType() {
        String draft = create(call(tartu)).getString("id");
        String open = published(call(tartu)).getString("id");
        as("admin").queryParam("status", "DRAFT").queryParam("size", 200).get("/api/v1/calls").then().statusCode(200)
                .body("items.id", hasItem(draft)).body("items.id", not(hasItem(open)));
        as("coordinator").queryParam("status", "PUBLISHED").queryParam("academicYear", CallFixtures.YEAR).queryParam("mobilityType", "STUDENT_STUDIES")
                .queryParam("sort", "deadline").queryParam("size", 200).get("/api/v1/calls").then()
                .body("items.id", hasItem(open)).body("items.id", not(hasItem(draft)))
                .body("items.find { it.id == '" + open + "' }.totalPlaces", equalTo(2));
        as("coordinator").queryParam("academicYear", "2030/2031").get("/api/v1/calls").then().body("items.id", not(hasItem(open)));
        as("coordinator").queryParam("mobilityType", "STAFF_TEACHING").queryParam("size", 200).get("/api/v1/calls").then()
                .body("items.id", not(hasItem(open)));
        badRequestAs("coordinator").queryParam("status", "OPEN").get("/api/v1/calls").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aDeadlineOnTheDaylightSavingChangeIsShownWithTheOffsetOfThatInstant() {
        CallFixtures.home("Europe/Tallinn");
        try {
            Map<String, Object> body = with(call(tartu), "opensAt", "2027-03-28T00:00:00Z");
            String id = create(with(body, "deadline", "2027-03-28T01:00:00Z")).getString("id");
            as("coordinator").get("/api/v1/calls/" + id).then().body("schedule.timeZone", equalTo("Europe/Tallinn"))
                    .body("schedule.opensAtLocal", equalTo("2027-03-28T02:00:00+02:00"))
                    .body("schedule.deadlineLocal", equalTo("2027-03-28T04:00:00+03:00"));
        } finally {
            CallFixtures.home("Asia/Bishkek");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner", "admin" })
    void onlyCoordinatorsChangeCallsAndOnlyStaffReadThem(String role) {
        String id = create(call(tartu)).getString("id");
        String caller = role.equals("anonymous") ? null : role;
        int refused = caller == null ? 401 : 403;
        badRequestAs(caller).body(call(tartu)).post("/api/v1/calls").then().statusCode(refused);
        badRequestAs(caller).body(with(call(tartu), "version", 0)).put("/api/v1/calls/" + id).then().statusCode(refused);
        badRequestAs(caller).body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(refused);
        badRequestAs(caller).accept("application/json, application/problem+json").queryParam("version", 0).delete("/api/v1/calls/" + id)
                .then().statusCode(refused);
        if (role.equals("admin")) {
            as(caller).get("/api/v1/calls").then().statusCode(200);
            as(caller).get("/api/v1/calls/" + id).then().statusCode(200);
            as(caller).get("/api/v1/calls/" + id + "/changes").then().statusCode(200);
        } else {
            badRequestAs(caller).get("/api/v1/calls").then().statusCode(refused);
            badRequestAs(caller).get("/api/v1/calls/" + id).then().statusCode(refused);
            badRequestAs(caller).get("/api/v1/calls/" + id + "/changes").then().statusCode(refused);
        }
        as("coordinator").get("/api/v1/calls/" + id).then().body("version", equalTo(0)).body("status", equalTo("DRAFT"));
    }
}
