package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mobilitydesk.agreement.AgreementFixtures.agreement;
import static org.mobilitydesk.agreement.AgreementFixtures.newPartner;
import static org.mobilitydesk.agreement.AgreementFixtures.with;
import static org.mobilitydesk.agreement.AgreementFixtures.withFlowField;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every refused body changes nothing: neither a new agreement nor the stored one. */
@QuarkusTest
class AgreementBadInputTest extends AgreementApiTestBase {

    private String id;
    private String stored;

    @BeforeEach
    void storedAgreement() {
        id = as("coordinator").body(agreement(home, partner)).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        stored = current();
    }

    private String current() {
        return as("coordinator").get("/api/v1/agreements/" + id).then().statusCode(200).extract().asString();
    }

    private ValidatableResponse refused(Object body, int status) {
        badRequestAs("coordinator").body(body).post("/api/v1/agreements").then().statusCode(status)
                .contentType("application/problem+json");
        ValidatableResponse response = badRequestAs("coordinator").body(body instanceof Map<?, ?> map ? withVersion(map) : body)
                .put("/api/v1/agreements/" + id).then().statusCode(status).contentType("application/problem+json");
        as("coordinator").queryParam("partnerId", partner).get("/api/v1/agreements").then().body("total", equalTo(1));
        assertThat(current()).isEqualTo(stored);
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withVersion(Map<?, ?> body) {
        return with((Map<String, Object>) body, "version", 0);
    }

    static Stream<Arguments> ruleBreakingFlows() {
        return Stream.of(
                Arguments.of("subjectAreas", List.of(Map.of("iscedCode", "1299")), "flows[0].subjectAreas[0].iscedCode"),
                Arguments.of("eqfLevels", List.of(9), "flows[0].eqfLevels[0]"),
                Arguments.of("eqfLevels", List.of(3), "flows[0].eqfLevels[0]"),
                Arguments.of("languageSkills", List.of(Map.of("language", "en", "cefrLevel", "D1")), "flows[0].languageSkills[0].cefrLevel"),
                Arguments.of("languageSkills", List.of(Map.of("language", "zz", "cefrLevel", "B1")), "flows[0].languageSkills[0].language"),
                Arguments.of("receivingInstitutionId", "HOME", "flows[0].receivingInstitutionId"),
                Arguments.of("receivingInstitutionId", UUID.randomUUID().toString(), "flows[0].receivingInstitutionId"),
                Arguments.of("firstAcademicYear", "2028/2029", "flows[0].lastAcademicYear"),
                Arguments.of("firstAcademicYear", "2020/2021", "flows[0].firstAcademicYear"),
                Arguments.of("lastAcademicYear", "2031/2032", "flows[0].lastAcademicYear"),
                Arguments.of("mobilitiesPerYear", -1, "flows[0].mobilitiesPerYear"),
                Arguments.of("mobilitiesPerYear", 1_000_000, "flows[0].mobilitiesPerYear"),
                Arguments.of("totalMonthsPerYear", 3, "flows[0].totalMonthsPerYear"),
                Arguments.of("totalMonthsPerYear", 2_000_000_000, "flows[0].totalMonthsPerYear"),
                Arguments.of("totalDaysPerYear", 20, "flows[0].totalDaysPerYear"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("ruleBreakingFlows")
    void ruleBreakingFlowsAre422AtTheirField(String field, Object value, String reported) {
        Object actual = "HOME".equals(value) ? home : value;
        refused(withFlowField(agreement(home, partner), field, actual), 422)
                .body("errors.field", hasItem(reported)).body("type", equalTo("https://mobilitydesk.org/problems/rule-violation"));
    }

    @Test
    void agreementYearsInvertedOrUnknownAre422() {
        refused(with(agreement(home, partner), "lastAcademicYear", "2023/2024"), 422).body("errors.field", hasItem("lastAcademicYear"));
        refused(with(agreement(home, partner), "firstAcademicYear", "2024-2025"), 422).body("errors.field", hasItem("firstAcademicYear"));
    }

    @Test
    void unknownPartnerOrTheHomeInstitutionAsPartnerAre422() {
        badRequestAs("coordinator").body(agreement(home, UUID.randomUUID().toString())).post("/api/v1/agreements").then()
                .statusCode(422).body("errors[0].field", equalTo("partnerInstitutionId"));
        badRequestAs("coordinator").body(agreement(home, home)).post("/api/v1/agreements").then()
                .statusCode(422).body("errors[0].field", equalTo("partnerInstitutionId"));
        String other = newPartner();
        badRequestAs("coordinator").body(with(agreement(home, other), "version", 0)).put("/api/v1/agreements/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("partnerInstitutionId"));
        assertThat(current()).isEqualTo(stored);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("mobilityType", "STUDENT_HOLIDAY", "flows[0].mobilityType"),
                Arguments.of("mobilityType", null, "flows[0].mobilityType"),
                Arguments.of("mobilitiesPerYear", "two", "flows[0].mobilitiesPerYear"),
                Arguments.of("sendingInstitutionId", "not-a-uuid", "flows[0].sendingInstitutionId"),
                Arguments.of("eqfLevels", List.of(6, 7, 8, 5, 6), "flows[0].eqfLevels"),
                Arguments.of("otherTerms", "x".repeat(2001), "flows[0].otherTerms"),
                Arguments.of("unexpected", 1, "flows[0].unexpected"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("malformed")
    void malformedFlowsAre400AtTheirField(String field, Object value, String reported) {
        refused(withFlowField(agreement(home, partner), field, value), 400).body("errors.field", hasItem(reported));
    }

    @Test
    void malformedBodiesAre400() {
        refused("{\"partnerInstitutionId\": ", 400).body("title", equalTo("Malformed request body"));
        refused(with(agreement(home, partner), "partner", Map.of("signerEmail", "not-an-email")), 400)
                .body("errors.field", hasItem("partner.signerEmail"));
        badRequestAs("coordinator").body(agreement(home, partner)).put("/api/v1/agreements/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").body(Map.of("version", 0, "terminationDate", "31.08.2030", "reason", "x"))
                .post("/api/v1/agreements/" + id + "/terminate").then().statusCode(400).body("errors[0].field", equalTo("terminationDate"));
        badRequestAs("coordinator").queryParam("status", "LOST").queryParam("academicYear", "2024").get("/api/v1/agreements")
                .then().statusCode(400).body("errors.field", hasItem("status")).body("errors.field", hasItem("academicYear"));
        assertThat(current()).isEqualTo(stored);
    }
}
