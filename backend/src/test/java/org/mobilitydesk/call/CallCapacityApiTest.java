package org.mobilitydesk.call;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mobilitydesk.call.CallFixtures.call;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The places check of calls reads the version in force of the partner's agreements: an amendment in progress neither
 * removes nor adds places until the partner approves it, and the call and the partner API tell the same numbers.
 */
@QuarkusTest
class CallCapacityApiTest extends ApiTest {

    @Inject
    AgreementService agreements;

    private String tartu;
    private String agreementId;
    private String client;

    @BeforeEach
    void agreementInForceWithTwoStudentsAYear() {
        String home = CallFixtures.home("Asia/Bishkek");
        tartu = CallFixtures.partner("Tartu");
        CallFixtures.agreementInForce(home, tartu, agreements);
        agreementId = as("coordinator").queryParam("partnerId", tartu).get("/api/v1/agreements").then().statusCode(200)
                .extract().path("items[0].id");
        client = "partner-" + UUID.randomUUID();
        as("admin").body(Map.of("institutionId", tartu)).put("/api/v1/partner-clients/" + client).then().statusCode(201);
    }

    /** The coordinator amends the agreement to this many students a year and signs the amendment. */
    private String amendedAndSigned(int studentsPerYear) {
        JsonPath agreement = as("coordinator").get("/api/v1/agreements/" + agreementId).then().statusCode(200).extract().jsonPath();
        Map<String, Object> flow = new HashMap<>(agreement.getMap("flows[0]"));
        flow.put("mobilitiesPerYear", studentsPerYear);
        Map<String, Object> body = Map.of("partnerInstitutionId", tartu, "firstAcademicYear", agreement.getString("firstAcademicYear"),
                "lastAcademicYear", agreement.getString("lastAcademicYear"), "flows", List.of(flow), "version", agreement.getInt("version"));
        int version = as("coordinator").body(body).put("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("IN_FORCE")).body("amendment.status", equalTo("DRAFT")).extract().path("version");
        return as("coordinator").body(Map.of("version", version)).post("/api/v1/agreements/" + agreementId + "/sign").then().statusCode(200)
                .extract().path("amendment.contentHash");
    }

    private Map<String, Object> callWithPlaces(int places) {
        Map<String, Object> body = call(tartu);
        body.put("places", List.of(Map.of("partnerInstitutionId", tartu, "places", places)));
        return body;
    }

    /** The places a call's check counts and the partner's view of the same agreement. */
    private void bothSee(int mobilitiesPerYear) {
        as("coordinator").body(callWithPlaces(1)).post("/api/v1/calls").then().statusCode(201)
                .body("places[0].agreementMobilitiesPerYear", equalTo(mobilitiesPerYear));
        asPartnerClient("azp", client).get("/api/v1/partner/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("IN_FORCE")).body("flows[0].mobilitiesPerYear", equalTo(mobilitiesPerYear));
    }

    @Test
    void anAmendmentInProgressKeepsTheApprovedPlacesUntilThePartnerApprovesIt() {
        String proposed = amendedAndSigned(5);
        bothSee(2);
        badRequestAs("coordinator").body(callWithPlaces(3)).post("/api/v1/calls").then().statusCode(422)
                .body("errors.field", hasItem("places[0].overrideReason"));
        as("coordinator").body(callWithPlaces(2)).post("/api/v1/calls").then().statusCode(201);

        asPartnerClient("azp", client).body(Map.of("hash", proposed)).post("/api/v1/partner/agreements/" + agreementId + "/approve")
                .then().statusCode(200);
        bothSee(5);
        as("coordinator").body(callWithPlaces(5)).post("/api/v1/calls").then().statusCode(201);
    }

    @Test
    void anAmendmentThatRemovesPlacesRemovesThemOnlyOnceApproved() {
        String proposed = amendedAndSigned(1);
        bothSee(2);
        as("coordinator").body(callWithPlaces(2)).post("/api/v1/calls").then().statusCode(201);
        asPartnerClient("azp", client).body(Map.of("hash", proposed)).post("/api/v1/partner/agreements/" + agreementId + "/approve")
                .then().statusCode(200);
        bothSee(1);
        badRequestAs("coordinator").body(callWithPlaces(2)).post("/api/v1/calls").then().statusCode(422)
                .body("errors.field", hasItem("places[0].overrideReason"));
    }
}
