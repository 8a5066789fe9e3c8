package org.mobilitydesk.call;

import static org.mobilitydesk.common.ApiTest.token;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.institution.InstitutionFixtures;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Set-up for the call API tests: the home institution in Bishkek, fresh partners (one with an agreement in force for
 * two outgoing students a year), and a complete call body for 2026/2027 that opens a day ago and closes in 30 days.
 */
public final class CallFixtures {

    public static final String YEAR = "2026/2027";

    private CallFixtures() {
    }

    private static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token(role));
    }

    /** Configures the home institution in the time zone (whatever an earlier test left) and gives its id. */
    public static String home(String timeZone) {
        Map<String, Object> body = InstitutionFixtures.home(timeZone);
        var current = given().accept(ContentType.JSON).get("/api/v1/home-institution");
        if (current.statusCode() == 200) {
            body.put("version", current.path("version"));
        }
        return as("admin").body(body).put("/api/v1/home-institution").then().statusCode(200).extract().path("id");
    }

    public static String partner(String name) {
        return as("coordinator").body(InstitutionFixtures.partner(name + " " + InstitutionFixtures.unique()))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    public static String archivedPartner() {
        String id = partner("Archived");
        as("coordinator").body(Map.of("version", 0)).post("/api/v1/institutions/" + id + "/archive").then().statusCode(200);
        return id;
    }

    /** An agreement in force 2024/2025–2027/2028 with two students a year from home to the partner, approved by the partner. */
    public static void agreementInForce(String home, String partner, AgreementService agreements) {
        Map<String, Object> flow = new HashMap<>();
        flow.put("mobilityType", "STUDENT_STUDIES");
        flow.put("sendingInstitutionId", home);
        flow.put("receivingInstitutionId", partner);
        flow.put("firstAcademicYear", "2024/2025");
        flow.put("lastAcademicYear", "2027/2028");
        flow.put("mobilitiesPerYear", 2);
        flow.put("totalMonthsPerYear", 10);
        Map<String, Object> agreement = Map.of("partnerInstitutionId", partner, "firstAcademicYear", "2024/2025",
                "lastAcademicYear", "2027/2028", "flows", List.of(flow));
        String id = as("coordinator").body(agreement).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        JsonPath signed = as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(200)
                .extract().jsonPath();
        agreements.approveByPartner(UUID.fromString(id), UUID.fromString(partner), signed.getString("contentHash"), "partner-test");
    }

    /** When the tests started, to the second: bodies made at different moments of a test have the same instants. */
    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    public static Instant now() {
        return START;
    }

    /** A complete call: places at the given partners (the second one and later with an override reason). */
    public static Map<String, Object> call(String... partners) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("en", "Erasmus+ study exchange " + YEAR, "ru", "Обмен Erasmus+ " + YEAR));
        body.put("description", Map.of("en", "One semester at a partner university.", "ky", "Өнөктөш университетте бир семестр."));
        body.put("mobilityType", "STUDENT_STUDIES");
        body.put("direction", "OUTGOING");
        body.put("academicYear", YEAR);
        List<Map<String, Object>> places = new ArrayList<>();
        for (int i = 0; i < partners.length; i++) {
            Map<String, Object> place = new HashMap<>(Map.of("partnerInstitutionId", partners[i], "places", i == 0 ? 2 : 1));
            if (i > 0) {
                place.put("overrideReason", "The new agreement awaits the partner's approval");
            }
            places.add(place);
        }
        body.put("places", places);
        body.put("eligibility", Map.of("eqfLevels", List.of(6, 7), "minimumYearOfStudy", 2,
                "minimumGrade", Map.of("value", 4.0, "scaleMax", 5), "languages", List.of(Map.of("language", "en", "cefrLevel", "B2"))));
        body.put("documents", List.of(
                Map.of("type", "MOTIVATION_LETTER", "mandatory", true, "formats", List.of("PDF"), "maxSizeBytes", 5_242_880),
                Map.of("type", "OTHER", "label", Map.of("en", "Medical certificate"), "mandatory", false, "formats", List.of("PDF", "JPEG", "PNG"),
                        "maxSizeBytes", 2_097_152)));
        body.put("criteria", List.of(Map.of("name", Map.of("en", "Grade average", "ru", "Средний балл"), "weight", 60, "maxScore", 10),
                Map.of("name", Map.of("en", "Motivation"), "weight", 40, "maxScore", 10)));
        body.put("maxPreferences", 2);
        body.put("opensAt", now().minus(1, ChronoUnit.DAYS).toString());
        body.put("deadline", now().plus(30, ChronoUnit.DAYS).toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
