package org.mobilitydesk.agreement;

import static org.mobilitydesk.common.ApiTest.token;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Request bodies and set-up for the agreement API tests: the home institution, a fresh partner per test, two flows. */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** The home institution's id, configuring it when no test did yet. */
    static String home() {
        var current = given().accept(ContentType.JSON).get("/api/v1/home-institution");
        if (current.statusCode() == 200) {
            return current.path("id");
        }
        Map<String, Object> body = institution("International Higher School of Medicine", "KG", "Bishkek");
        body.put("timeZone", "Asia/Bishkek");
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token("admin")).body(body)
                .put("/api/v1/home-institution").then().statusCode(200).extract().path("id");
    }

    /** A new partner institution, so every test has its own agreements to list. */
    static String newPartner() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token("coordinator"))
                .body(institution("Agreement partner " + UUID.randomUUID(), "EE", "Tartu"))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> institution(String name, String country, String city) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("countryCode", country);
        body.put("city", city);
        body.put("latitude", 58.38);
        body.put("longitude", 26.72);
        return body;
    }

    static Map<String, Object> students(String sending, String receiving) {
        Map<String, Object> flow = new HashMap<>();
        flow.put("mobilityType", "STUDENT_STUDIES");
        flow.put("sendingInstitutionId", sending);
        flow.put("receivingInstitutionId", receiving);
        flow.put("firstAcademicYear", "2024/2025");
        flow.put("lastAcademicYear", "2027/2028");
        flow.put("mobilitiesPerYear", 2);
        flow.put("totalMonthsPerYear", 10);
        flow.put("subjectAreas", List.of(Map.of("iscedCode", "0912", "clarification", "dentistry"), Map.of("iscedCode", "0913")));
        flow.put("eqfLevels", List.of(6, 7));
        flow.put("languageSkills", List.of(Map.of("language", "en", "cefrLevel", "B2", "iscedCode", "0912")));
        flow.put("blendedAllowed", true);
        flow.put("otherTerms", "Tuition waived at the host");
        return flow;
    }

    static Map<String, Object> staff(String sending, String receiving) {
        Map<String, Object> flow = new HashMap<>();
        flow.put("mobilityType", "STAFF_TEACHING");
        flow.put("sendingInstitutionId", sending);
        flow.put("receivingInstitutionId", receiving);
        flow.put("firstAcademicYear", "2024/2025");
        flow.put("lastAcademicYear", "2026/2027");
        flow.put("mobilitiesPerYear", 2);
        flow.put("totalDaysPerYear", 10);
        flow.put("subjectAreas", List.of(Map.of("iscedCode", "0912")));
        flow.put("languageSkills", List.of(Map.of("language", "ru", "cefrLevel", "B1")));
        return flow;
    }

    /** An agreement 2024/2025–2027/2028: students home → partner, teachers partner → home. */
    public static Map<String, Object> agreement(String home, String partner) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerInstitutionId", partner);
        body.put("firstAcademicYear", "2024/2025");
        body.put("lastAcademicYear", "2027/2028");
        body.put("home", Map.of("localId", "IHSM-IIA-17", "contacts", List.of(Map.of("name", "Aida Asanova", "email", "iro@ihsm.kg"))));
        body.put("partner", Map.of("localId", "UT-2024-5", "signerName", "Kadri Tamm"));
        body.put("notes", "Internal: renew early");
        body.put("flows", List.of(students(home, partner), staff(partner, home)));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** The agreement with the first flow's field changed. */
    public static Map<String, Object> withFlowField(Map<String, Object> body, String key, Object value) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> flows = new ArrayList<>((List<Map<String, Object>>) body.get("flows"));
        flows.set(0, with(flows.get(0), key, value));
        return with(body, "flows", flows);
    }
}
