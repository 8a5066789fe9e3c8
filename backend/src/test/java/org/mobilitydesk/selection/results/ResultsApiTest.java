package org.mobilitydesk.selection.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.Application;
import org.mobilitydesk.application.ApplicationFixtures;
import org.mobilitydesk.common.TestClock;
import org.mobilitydesk.selection.commission.SelectionApiTestBase;
import org.mobilitydesk.selection.panel.SelectionEvent;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Results and offers (issue 12, slice 7) on the call of the selection tests, decided: Asel (rank 1) and Bakyt (rank 2)
 * hold Tartu, Chynara (rank 3) Milan, her second choice; Daniyar (rank 4, Tartu only) is first on the reserve list;
 * Elnura is not ranked.
 */
@QuarkusTest
class ResultsApiTest extends SelectionApiTestBase {

    @Inject
    MockMailbox mailbox;
    @Inject
    OfferService offers;

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private Map<String, UUID> c;

    @BeforeEach
    void decided() {
        mailbox.clear();
        c = fiveCandidates();
        decide();
    }

    private String results() {
        return "/api/v1/calls/" + call + "/results";
    }

    private static String result(UUID application) {
        return "/api/v1/me/applications/" + application + "/result";
    }

    private ValidatableResponse asApplicant(UUID application, String action) {
        var spec = asPerson("applicant", "subject-" + application, Map.of(), false);
        return (action == null ? spec.get(result(application)) : spec.post(result(application) + "/" + action)).then();
    }

    private ValidatableResponse appeal(UUID application, String text) {
        return asPerson("applicant", "subject-" + application, Map.of(), false).body(Map.of("text", text)).post(result(application) + "/appeal").then();
    }

    private void publish() {
        as("coordinator").body(Map.of("responseDays", 7)).post(results()).then().statusCode(200).body("published", equalTo(true));
    }

    private static String email(UUID application) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(application).applicantEmail);
    }

    @Test
    void publishingNeedsADecisionHappensOnceAndTellsEveryCandidate() throws InterruptedException {
        as("coordinator").body(Map.of("reason", "One more look")).post("/api/v1/calls/" + call + "/decision/reopen").then().statusCode(200);
        badRequestAs("coordinator").body(Map.of("responseDays", 7)).post(results()).then().statusCode(409)
                .body("errors[0].code", equalTo("results.notDecided"));
        asApplicant(c.get("asel"), null).statusCode(200).body("published", equalTo(false)).body("$", not(hasKey("status")));
        as("coordinator").get(results()).then().statusCode(200).body("published", equalTo(false))
                .body("$", not(hasKey("appealDays"))).body("$", not(hasKey("appealUntil")));
        decide();
        badRequestAs("coordinator").body(Map.of("responseDays", 0)).post(results()).then().statusCode(400);
        badRequestAs("evaluator").body(Map.of("responseDays", 7)).post(results()).then().statusCode(403);
        publish();
        as("coordinator").get(results()).then().statusCode(200).body("counts.placed", equalTo(3)).body("counts.pending", equalTo(3))
                .body("counts.reserve", equalTo(1)).body("counts.incomplete", equalTo(1)).body("responseDays", equalTo(7));
        // no appealDays given: 7, to the end of the 7th day after publication in the call's zone, as each candidate reads it
        JsonPath summary = as("coordinator").get(results()).then().body("appealDays", equalTo(7)).extract().jsonPath();
        Instant appealUntil = Instant.parse(summary.getString("appealUntil"));
        assertThat(appealUntil).isEqualTo(Instant.parse(summary.getString("publishedAt")).atZone(BISHKEK).toLocalDate().plusDays(7)
                .atTime(23, 59, 59).atZone(BISHKEK).toInstant());
        assertThat(Instant.parse(asApplicant(c.get("asel"), null).extract().path("appealUntil"))).isEqualTo(appealUntil);
        badRequestAs("coordinator").body(Map.of("responseDays", 7)).post(results()).then().statusCode(409).body("errors[0].code", equalTo("results.published"));
        badRequestAs("coordinator").body(Map.of("reason", "Too late")).post("/api/v1/calls/" + call + "/decision/reopen").then().statusCode(409)
                .body("errors[0].code", equalTo("commission.decision.published"));
        assertThat(events(call, SelectionEvent.Kind.PUBLISHED)).isEqualTo(1);

        Mail placed = ApplicationFixtures.mailsTo(mailbox, email(c.get("chynara")), 1).get(0);
        assertThat(placed.getSubject()).isEqualTo("Selection result: Erasmus+ allocation 2026/2027");
        assertThat(placed.getText()).contains("Dear Chynara Toktogulova,", "you are selected for Milan", "(your choice 2)", "Your rank: 3, total 76.40 of 100.",
                "(Asia/Bishkek)");
        assertThat(ApplicationFixtures.mailsTo(mailbox, email(c.get("daniyar")), 1).get(0).getText()).contains("reserve list, position 1");
        assertThat(ApplicationFixtures.mailsTo(mailbox, email(c.get("elnura")), 1).get(0).getText()).contains("could not be ranked");
    }

    @Test
    void eachCandidateReadsOnlyTheirOwnResultWithScoresAndExplanation() {
        publish();
        JsonPath mine = asApplicant(c.get("chynara"), null).statusCode(200).body("published", equalTo(true)).body("status", equalTo("PLACED"))
                .body("rank", equalTo(3)).body("partner.id", equalTo(milan.toString())).body("preference", equalTo(2))
                .body("scores.name.en", contains("Motivation", "Grade average")).body("explanation.code", contains("RANK", "PREFERENCE_FULL", "PLACED"))
                .body("offer.response", equalTo("PENDING")).body("offer.timeZone", equalTo("Asia/Bishkek")).extract().jsonPath();
        assertThat(mine.getString("offer.respondByLocal")).endsWith("T23:59:59+06:00");
        var other = asPerson("applicant", "subject-" + c.get("asel"), Map.of(), false);
        other.get(result(c.get("chynara"))).then().statusCode(404);
        other.post(result(c.get("chynara")) + "/accept").then().statusCode(404);
        badRequestAs("coordinator").get(result(c.get("chynara"))).then().statusCode(403);
    }

    @Test
    void acceptingTwiceIsOnceAndDeclinesCascadeDownTheRanks() throws InterruptedException {
        publish();
        asApplicant(c.get("bakyt"), "accept").statusCode(200).body("offer.response", equalTo("ACCEPTED"));
        asApplicant(c.get("bakyt"), "accept").statusCode(200).body("offer.response", equalTo("ACCEPTED"));
        assertThat(events(call, SelectionEvent.Kind.ACCEPTED)).isEqualTo(1);
        asApplicant(c.get("elnura"), "decline").statusCode(409).body("errors[0].code", equalTo("results.noOffer"));
        asApplicant(c.get("daniyar"), "accept").statusCode(409).body("errors[0].code", equalTo("results.noOffer"));

        // Asel declines Tartu: Chynara, who preferred Tartu to Milan, moves up; nobody else wants Milan
        asApplicant(c.get("asel"), "decline").statusCode(200).body("status", equalTo("DECLINED")).body("offer.response", equalTo("DECLINED"));
        asApplicant(c.get("asel"), "decline").statusCode(200).body("offer.response", equalTo("DECLINED"));
        asApplicant(c.get("asel"), "accept").statusCode(409).body("errors[0].code", equalTo("results.declined"));
        asApplicant(c.get("chynara"), null).body("partner.id", equalTo(tartu.toString())).body("preference", equalTo(1))
                .body("offer.response", equalTo("PENDING")).body("explanation.code", contains("RANK", "PREFERENCE_FULL", "PLACED", "PLACE_FREED", "UPGRADED"));
        assertThat(ApplicationFixtures.mailsTo(mailbox, email(c.get("chynara")), 2).get(1).getSubject())
                .isEqualTo("A place is offered to you: Erasmus+ allocation 2026/2027");

        // Bakyt withdraws after accepting: his Tartu place goes to Daniyar, first on the reserve list
        asApplicant(c.get("bakyt"), "decline").statusCode(200).body("offer.response", equalTo("DECLINED"));
        asApplicant(c.get("daniyar"), null).body("status", equalTo("PLACED")).body("partner.id", equalTo(tartu.toString()))
                .body("explanation.code", hasSize(5)).body("explanation[4].code", equalTo("LEFT_RESERVE"))
                .body("explanation[4].text", equalTo("Moved from reserve position 1 to " + partnerName(tartu) + " (your 1st choice)."));
        assertThat(events(call, SelectionEvent.Kind.DECLINED)).isEqualTo(2);
        assertThat(events(call, SelectionEvent.Kind.MOVED)).isEqualTo(2);
        as("coordinator").get(results()).then().body("counts.placed", equalTo(2)).body("counts.declined", equalTo(2)).body("counts.reserve", equalTo(0));
    }

    @Test
    void theCoordinatorSeesHowEachCandidateStandsAfterTheCascades() {
        String standings = results() + "/standings";
        as("coordinator").get(standings).then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        publish();
        asApplicant(c.get("bakyt"), "accept").statusCode(200);
        asApplicant(c.get("asel"), "decline").statusCode(200);

        as("coordinator").queryParam("size", 3).get(standings).then().statusCode(200).body("total", equalTo(5))
                .body("items.receiptNumber", contains(receipt("asel"), receipt("bakyt"), receipt("chynara")))
                .body("items.status", contains("DECLINED", "PLACED", "PLACED")).body("items.response", contains("DECLINED", "ACCEPTED", "PENDING"))
                .body("items[1].respondedAt", notNullValue()).body("items[2].partner.id", equalTo(tartu.toString()))
                .body("items[2].preference", equalTo(1)).body("items[2].respondBy", notNullValue())
                .body("items[2].explanation.code", contains("RANK", "PREFERENCE_FULL", "PLACED", "PLACE_FREED", "UPGRADED"));
        as("coordinator").queryParam("size", 3).queryParam("page", 1).get(standings).then()
                .body("items.receiptNumber", contains(receipt("daniyar"), receipt("elnura")))
                .body("items[0].status", equalTo("RESERVE")).body("items[0].reservePosition", equalTo(1)).body("items[0]", not(hasKey("response")))
                .body("items[1].status", equalTo("INCOMPLETE")).body("items[1]", not(hasKey("rank")));
        as("coordinator").queryParam("status", "PLACED").get(standings).then().body("items.applicantName", hasSize(2)).body("total", equalTo(2));

        badRequestAs("coordinator").queryParam("status", "WON").get(standings).then().statusCode(400);
        badRequestAs("evaluator").get(standings).then().statusCode(403);
        badRequestAs("applicant").get(standings).then().statusCode(403);
        badRequestAs("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/results/standings").then().statusCode(404);
    }

    private String receipt(String candidate) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(c.get(candidate)).receiptNumber);
    }

    @Test
    void noAnswerByTheDeadlineCountsAsADecline() {
        publish();
        asApplicant(c.get("asel"), "accept").statusCode(200);
        asApplicant(c.get("chynara"), "accept").statusCode(200);
        TestClock.at(Instant.now().plus(31 + 9, ChronoUnit.DAYS));
        asApplicant(c.get("bakyt"), "accept").statusCode(409).body("errors[0].code", equalTo("results.deadlinePassed"));
        for (int batch = 0; batch < 100 && offers.expireDue(50) > 0; batch++) {
            // other tests' calls have offers due too
        }
        assertThat(offers.expireDue(50)).isZero();
        assertThat(events(call, SelectionEvent.Kind.DECLINED)).isEqualTo(1);
        asApplicant(c.get("bakyt"), null).body("offer.response", equalTo("EXPIRED")).body("status", equalTo("DECLINED"));
        // Bakyt's Tartu place goes to Chynara, who had accepted Milan and preferred Tartu: a new offer, open again for 7 days
        asApplicant(c.get("chynara"), null).body("partner.id", equalTo(tartu.toString())).body("offer.response", equalTo("PENDING"));
        asApplicant(c.get("daniyar"), null).body("status", equalTo("RESERVE"));
        asApplicant(c.get("asel"), null).body("offer.response", equalTo("ACCEPTED"));
        // leaving the reserve list: out, without an offer ever made
        asApplicant(c.get("daniyar"), "decline").statusCode(200).body("status", equalTo("DECLINED")).body("offer.response", equalTo("DECLINED"))
                .body("offer", not(hasKey("respondBy")));
    }

    @Test
    void aCandidateAppealsWithinTheDaysAndACoordinatorAnswersOnce() {
        asApplicant(c.get("daniyar"), null).statusCode(200);
        appeal(c.get("daniyar"), "My interview was not scored").statusCode(409).body("errors[0].code", equalTo("results.notPublished"));
        as("coordinator").body(Map.of("responseDays", 7, "appealDays", 3)).post(results()).then().statusCode(200).body("appealDays", equalTo(3));
        appeal(c.get("daniyar"), "  My interview was not scored  ").statusCode(200)
                .body("appeals", hasSize(1)).body("appeals[0].text", equalTo("My interview was not scored")).body("appeals[0]", not(hasKey("decision")));
        appeal(c.get("daniyar"), "Again").statusCode(409).body("errors[0].code", equalTo("results.appealWaiting"));
        appeal(c.get("daniyar"), " ").statusCode(400);

        String appealId = as("coordinator").get(results() + "/appeals").then().statusCode(200).body("receiptNumber", hasSize(1))
                .body("[0].applicantName", equalTo("Daniyar Toktogulova")).extract().path("[0].id");
        badRequestAs("evaluator").get(results() + "/appeals").then().statusCode(403);
        badRequestAs("coordinator").body(Map.of("decision", "MAYBE", "answer", "x")).post(results() + "/appeals/" + appealId + "/answer").then().statusCode(400);
        as("coordinator").body(Map.of("decision", "REJECTED", "answer", "The interview is not a criterion of this call"))
                .post(results() + "/appeals/" + appealId + "/answer").then().statusCode(200).body("decision", equalTo("REJECTED"))
                .body("answeredBy", equalTo("coordinator-user"));
        badRequestAs("coordinator").body(Map.of("decision", "UPHELD", "answer", "Changed my mind"))
                .post(results() + "/appeals/" + appealId + "/answer").then().statusCode(409).body("errors[0].code", equalTo("results.appealAnswered"));
        asApplicant(c.get("daniyar"), null).body("appeals[0].decision", equalTo("REJECTED"))
                .body("appeals[0].answer", equalTo("The interview is not a criterion of this call"));
        assertThat(events(call, SelectionEvent.Kind.APPEALED)).isEqualTo(1);
        assertThat(events(call, SelectionEvent.Kind.APPEAL_ANSWERED)).isEqualTo(1);

        TestClock.at(Instant.now().plus(31 + 5, ChronoUnit.DAYS));
        appeal(c.get("daniyar"), "Once more").statusCode(409).body("errors[0].code", equalTo("results.appealClosed"));
    }

    @Test
    void noAppealDaysMeansNoDeadlineAndNoAppeal() {
        as("coordinator").body(Map.of("responseDays", 7, "appealDays", 0)).post(results()).then().statusCode(200)
                .body("appealDays", equalTo(0)).body("$", not(hasKey("appealUntil")));
        asApplicant(c.get("daniyar"), null).statusCode(200).body("$", not(hasKey("appealUntil")));
        appeal(c.get("daniyar"), "My interview was not scored").statusCode(409).body("errors[0].code", equalTo("results.appealClosed"));
    }

    private String partnerName(UUID partner) {
        return as("coordinator").get("/api/v1/calls/" + call).then().extract().jsonPath()
                .getString("places.find { it.partner.id == '" + partner + "' }.partner.name");
    }
}
