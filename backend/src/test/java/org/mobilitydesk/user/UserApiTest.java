package org.mobilitydesk.user;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.common.TestClock;
import org.mobilitydesk.institution.InstitutionFixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UserApiTest extends ApiTest {

    private static Map<String, String> claims(String username, String given, String family, String email) {
        return Map.of("preferred_username", username, "given_name", given, "family_name", family, "email", email);
    }

    @Test
    void theFirstSignInRecordsThePersonAndLaterOnesRefreshThem() {
        String subject = UUID.randomUUID().toString();
        String mark = InstitutionFixtures.unique();
        TestClock.at(Instant.parse("2027-03-01T04:00:00Z"));
        asPerson("evaluator", subject, claims("gulnara" + mark, "Gulnara", "Sydykova", "gulnara." + mark + "@example.kg"), true)
                .get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo(subject)).body("username", equalTo("gulnara" + mark)).body("displayName", equalTo("Gulnara Sydykova"))
                .body("email", equalTo("gulnara." + mark + "@example.kg")).body("roles", contains("evaluator"))
                .body("firstSeenAt", equalTo("2027-03-01T04:00:00Z")).body("lastSeenAt", equalTo("2027-03-01T04:00:00Z"));
        // she married and changed her family name; the identity provider says so at the next sign-in
        TestClock.at(Instant.parse("2027-03-05T09:30:00Z"));
        asPerson("evaluator", subject, Map.of("preferred_username", "gulnara" + mark, "name", "Gulnara Abdyldaeva"), true)
                .get("/api/v1/me").then().statusCode(200)
                .body("displayName", equalTo("Gulnara Abdyldaeva")).body("email", nullValue())
                .body("firstSeenAt", equalTo("2027-03-01T04:00:00Z")).body("lastSeenAt", equalTo("2027-03-05T09:30:00Z"));
        as("coordinator").queryParam("q", "abdyldaeva").queryParam("role", "evaluator").get("/api/v1/users").then().statusCode(200)
                .body("items.subject", hasItem(subject));
        as("coordinator").queryParam("q", "Sydykova gulnara" + mark).get("/api/v1/users").then().statusCode(200).body("items", empty());
    }

    @Test
    void everySignedInPersonButPartnerSystemsMayAskWhoTheyAre() {
        for (String role : new String[] { "applicant", "coordinator", "evaluator", "admin" }) {
            as(role).get("/api/v1/me").then().statusCode(200).body("roles", contains(role));
        }
        as("partner").get("/api/v1/me").then().statusCode(403);
        asPartnerClient("azp", "partner-tartu").get("/api/v1/me").then().statusCode(403);
        badRequestAs(null).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void coordinatorsAndAdminsFindEvaluatorsByNameAndRole() {
        String mark = InstitutionFixtures.unique();
        String evaluator = UUID.randomUUID().toString();
        String applicant = UUID.randomUUID().toString();
        asPerson("evaluator", evaluator, claims("aigul" + mark, "Aigúl", "Bekova" + mark, "aigul@example.kg"), true).get("/api/v1/me").then().statusCode(200);
        asPerson("applicant", applicant, claims("aibek" + mark, "Aibek", "Bekova" + mark, "aibek@example.kg"), true).get("/api/v1/me").then().statusCode(200);
        as("coordinator").queryParam("q", "bekova" + mark).get("/api/v1/users").then().statusCode(200)
                .body("total", equalTo(2)).body("items.subject", contains(applicant, evaluator));
        // accents and case ignored; the role narrows to evaluators
        as("admin").queryParam("q", "AIGUL bekova" + mark).queryParam("role", "evaluator").get("/api/v1/users").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].subject", equalTo(evaluator)).body("items[0].displayName", equalTo("Aigúl Bekova" + mark));
        as("coordinator").queryParam("q", "bekova" + mark).queryParam("role", "evaluator").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/users").then().statusCode(200).body("items", empty()).body("total", equalTo(1));
        as("coordinator").queryParam("q", "bekova" + mark).queryParam("role", "applicant").get("/api/v1/users").then().statusCode(200)
                .body("items.subject", not(hasItem(evaluator)));
        badRequestAs("coordinator").queryParam("role", "boss").get("/api/v1/users").then().statusCode(400);
        for (String role : new String[] { "applicant", "evaluator", "partner" }) {
            as(role).get("/api/v1/users").then().statusCode(403);
        }
        badRequestAs(null).get("/api/v1/users").then().statusCode(401);
    }
}
