package org.mobilitydesk.selection.panel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.common.Roles;
import org.mobilitydesk.common.TestClock;
import org.mobilitydesk.institution.InstitutionFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Shared set-up of the panel and evaluation API tests: a published call, people who signed in, applications, the panel. */
public abstract class PanelApiTestBase extends ApiTest {

    /** A person with one role who signed in (GET /api/v1/me) under their own subject. */
    public record Person(String subject, String role, String displayName, Map<String, String> claims) {
    }

    protected UUID tartu;
    protected UUID call;

    @BeforeEach
    void aPublishedCall() {
        ReviewFixtures.home("Asia/Bishkek");
        tartu = ReviewFixtures.partner("Tartu");
        call = ReviewFixtures.call("Erasmus+ selection 2026/2027", tartu);
    }

    /** Someone who signed in once, so the application knows them; the family name carries a unique mark to search for. */
    protected Person signedIn(String role, String given) {
        String subject = UUID.randomUUID().toString();
        String mark = InstitutionFixtures.unique();
        String family = "Sydykova" + mark;
        Map<String, String> claims = Map.of("preferred_username", given.toLowerCase() + mark, "email", given.toLowerCase() + "." + mark + "@example.kg",
                "given_name", given, "family_name", family);
        Person person = new Person(subject, role, given + " " + family, claims);
        as(person).get("/api/v1/me").then().statusCode(200);
        return person;
    }

    protected Person evaluator(String given) {
        return signedIn(Roles.EVALUATOR, given);
    }

    protected RequestSpecification as(Person person) {
        return asPerson(person.role(), person.subject(), person.claims(), true);
    }

    protected RequestSpecification badRequestAs(Person person) {
        return asPerson(person.role(), person.subject(), person.claims(), false);
    }

    protected UUID eligible(UUID callId, String given) {
        return ReviewFixtures.application(callId).named(given, "Toktogulova").eligible().save();
    }

    /** The server's clock after the call's deadline (30 days ahead), so the call reads as CLOSED. */
    protected static void afterTheDeadline() {
        TestClock.at(Instant.now().plus(31, ChronoUnit.DAYS));
    }

    protected String panel() {
        return "/api/v1/calls/" + call + "/panel";
    }

    protected static Map<String, Object> body(int version, String mode, Integer min, List<String> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("mode", mode);
        if (min != null) {
            body.put("minEvaluations", min);
        }
        body.put("members", members);
        return body;
    }

    /** Sets an all-to-all panel of these evaluators (minimum 2) on a call without one. */
    protected JsonPath allToAll(Person... members) {
        return as("coordinator").body(body(0, "ALL", 2, List.of(members).stream().map(Person::subject).toList())).put(panel())
                .then().statusCode(200).extract().jsonPath();
    }

    protected static long events(UUID callId, SelectionEvent.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> SelectionEvent.count("callId = ?1 and kind = ?2", callId, kind));
    }
}
