package org.mobilitydesk.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProfileApiTest extends ApiTest {

    private static final Map<String, String> AIZADA = Map.of("preferred_username", "aizada", "email", "aizada@example.kg", "given_name",
            "Aizada", "family_name", "Toktogulova");

    private String subject;

    @BeforeEach
    void newApplicant() {
        subject = UUID.randomUUID().toString();
    }

    private RequestSpecification me() {
        return asPerson("applicant", subject, AIZADA, true);
    }

    private RequestSpecification meBadly() {
        return asPerson("applicant", subject, AIZADA, false);
    }

    private static Map<String, Object> profile() {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Aizada");
        body.put("familyName", "Toktogulova-Asanova");
        body.put("dateOfBirth", "2004-03-15");
        body.put("citizenship", "KG");
        body.put("phone", "+996 555 123 456");
        body.put("studyProgramme", "General Medicine");
        body.put("studyCycle", 7);
        body.put("yearOfStudy", 3);
        body.put("gradeAverage", 4.3);
        body.put("gradeScale", 5);
        body.put("languages", List.of(Map.of("language", "en", "cefrLevel", "B2"), Map.of("language", "ru", "cefrLevel", "C2")));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private JsonPath read() {
        return me().get("/api/v1/me/profile").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void beforeTheFirstSaveTheProfileComesFromTheLogin() {
        me().get("/api/v1/me/profile").then().statusCode(200).body("saved", equalTo(false)).body("username", equalTo("aizada"))
                .body("email", equalTo("aizada@example.kg")).body("givenName", equalTo("Aizada"))
                .body("familyName", equalTo("Toktogulova")).body("languages.size()", equalTo(0));
    }

    @Test
    void theApplicantSavesThenChangesTheProfileWithItsVersion() {
        JsonPath saved = me().body(profile()).put("/api/v1/me/profile").then().statusCode(200).extract().jsonPath();
        assertThat(saved.getBoolean("saved")).isTrue();
        assertThat(saved.getString("familyName")).isEqualTo("Toktogulova-Asanova");
        assertThat(saved.getString("email")).isEqualTo("aizada@example.kg");
        assertThat(saved.getList("languages.language")).containsExactly("en", "ru");
        assertThat(read().getString("dateOfBirth")).isEqualTo("2004-03-15");
        assertThat(saved.getBoolean("fewerOpportunities")).isFalse();

        JsonPath changed = me().body(with(with(with(profile(), "yearOfStudy", 4), "fewerOpportunities", true), "version", saved.getInt("version")))
                .put("/api/v1/me/profile").then().statusCode(200).extract().jsonPath();
        assertThat(changed.getInt("yearOfStudy")).isEqualTo(4);
        assertThat(read().getBoolean("fewerOpportunities")).isTrue();
        assertThat(changed.getInt("version")).isGreaterThan(saved.getInt("version"));
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        int version = me().body(profile()).put("/api/v1/me/profile").then().statusCode(200).extract().path("version");
        me().body(with(profile(), "version", version)).put("/api/v1/me/profile").then().statusCode(200);
        me().body(with(with(profile(), "yearOfStudy", 5), "version", version)).put("/api/v1/me/profile").then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
        me().body(with(profile(), "yearOfStudy", 5)).put("/api/v1/me/profile").then().statusCode(409);
        assertThat(read().getInt("yearOfStudy")).isEqualTo(3);
    }

    @Test
    void aVersionBeforeAnyProfileIsSavedIs409() {
        me().body(with(profile(), "version", 3)).put("/api/v1/me/profile").then().statusCode(409).body("errors[0].field", equalTo("version"));
        assertThat(read().getBoolean("saved")).isFalse();
    }

    @Test
    void twoFirstSavesAtOnceStoreOneProfileAndTellTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> save = () -> meBadly().body(profile()).put("/api/v1/me/profile").then().extract().statusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(save, save));
            List<Integer> codes = List.of(results.get(0).get(), results.get(1).get());
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(read().getInt("version")).isNotNull();
    }

    @Test
    void eachApplicantSeesOnlyTheirOwnProfile() {
        me().body(profile()).put("/api/v1/me/profile").then().statusCode(200);
        asPerson("applicant", UUID.randomUUID().toString(), Map.of("given_name", "Daniyar"), true).get("/api/v1/me/profile").then()
                .statusCode(200).body("saved", equalTo(false)).body("givenName", equalTo("Daniyar"));
    }

    @Test
    void brokenRulesAre422WithEveryFieldNamedAndNothingStored() {
        Map<String, Object> bad = with(with(with(with(profile(), "dateOfBirth", "2020-01-01"), "citizenship", "XX"), "gradeAverage", 6),
                "languages", List.of(Map.of("language", "en", "cefrLevel", "B2"), Map.of("language", "en", "cefrLevel", "Z9")));
        meBadly().body(bad).put("/api/v1/me/profile").then().statusCode(422)
                .body("errors.field", hasItems("dateOfBirth", "citizenship", "gradeAverage", "languages[1].language", "languages[1].cefrLevel"));
        assertThat(read().getBoolean("saved")).isFalse();
    }

    @Test
    void malformedInputIs400() {
        meBadly().body(with(profile(), "givenName", " ")).put("/api/v1/me/profile").then().statusCode(400)
                .body("errors[0].field", equalTo("givenName"));
        meBadly().body(with(profile(), "yearOfStudy", "third")).put("/api/v1/me/profile").then().statusCode(400);
        meBadly().body(with(profile(), "phone", "+996".repeat(10))).put("/api/v1/me/profile").then().statusCode(400);
        meBadly().body("{").put("/api/v1/me/profile").then().statusCode(400);
        assertThat(read().getBoolean("saved")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "coordinator", "evaluator", "partner", "admin" })
    void onlyApplicantsHaveAProfile(String role) {
        badRequestAs(role).get("/api/v1/me/profile").then().statusCode(403);
        badRequestAs(role).body(profile()).put("/api/v1/me/profile").then().statusCode(403);
    }

    @Test
    void anonymousCallersAre401() {
        badRequestAs(null).get("/api/v1/me/profile").then().statusCode(401);
        badRequestAs(null).body(profile()).put("/api/v1/me/profile").then().statusCode(401);
    }
}
