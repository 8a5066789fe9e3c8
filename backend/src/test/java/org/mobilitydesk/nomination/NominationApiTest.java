package org.mobilitydesk.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.AgreementFixtures;
import org.mobilitydesk.application.Uploads;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.notification.OutboxEvent;
import org.mobilitydesk.selection.commission.SelectionApiTestBase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Nominations (issue 13, slice 1) on the decided, published call of the selection tests: Asel and Bakyt accepted
 * their Tartu places, Chynara holds Milan (no agreement), Daniyar is first on Tartu's reserve list. Tartu's agreement
 * in force has a student flow of two mobilities a year unless a test asks for fewer.
 */
@QuarkusTest
class NominationApiTest extends SelectionApiTestBase {

    private Map<String, UUID> c;
    private String tartuClient;
    private String home;

    @BeforeEach
    void acceptedOffers() {
        c = fiveCandidates();
        decide();
        as("coordinator").body(Map.of("responseDays", 7)).post("/api/v1/calls/" + call + "/results").then().statusCode(200);
        answer("asel", "accept");
        answer("bakyt", "accept");
        home = ReviewFixtures.home("Asia/Bishkek");
        tartuClient = partnerClient(tartu);
    }

    private ValidatableResponse answer(String candidate, String action) {
        UUID application = c.get(candidate);
        var applicant = asPerson("applicant", "subject-" + application, Map.of(), false);
        String result = "/api/v1/me/applications/" + application + "/result";
        return (action == null ? applicant.get(result) : applicant.post(result + "/" + action)).then().statusCode(200);
    }

    private String partnerClient(UUID institution) {
        String client = "partner-" + UUID.randomUUID();
        as("admin").body(Map.of("institutionId", institution)).put("/api/v1/partner-clients/" + client).then().statusCode(201);
        return client;
    }

    /** An agreement with Tartu signed by home and approved by Tartu, its student flow of this many mobilities a year. */
    private void inForce(int mobilitiesPerYear) {
        Map<String, Object> body = AgreementFixtures.withFlowField(AgreementFixtures.agreement(home, tartu.toString()), "mobilitiesPerYear",
                mobilitiesPerYear);
        String id = as("coordinator").body(body).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        String hash = as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(200)
                .extract().path("contentHash");
        asPartnerClient("azp", tartuClient).body(Map.of("hash", hash)).post("/api/v1/partner/agreements/" + id + "/approve").then()
                .statusCode(200);
    }

    private String nominations() {
        return "/api/v1/calls/" + call + "/nominations";
    }

    private static Map<String, Object> nominate(Object... applications) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicationIds", List.of(applications));
        return body;
    }

    private JsonPath nominated(String candidate) {
        return as("coordinator").body(nominate(c.get(candidate))).post(nominations()).then().statusCode(200).extract().jsonPath();
    }

    private RequestSpecification tartu() {
        return asPartnerClient("azp", tartuClient);
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> Nomination.count("callId", call));
    }

    private List<String> notified(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("subjectId", UUID.fromString(id))
                .stream().map(e -> e.type).toList());
    }

    @Test
    void theCoordinatorNominatesWithASnapshotAndSharedDocumentsAndTartuAcceptsOnce() {
        inForce(2);
        UUID transcript = QuarkusTransaction.requiringNew().call(() -> ReviewFixtures.storeDocument(c.get("asel"), DocumentType.TRANSCRIPT_OF_RECORDS,
                "transcript.pdf", "application/pdf", ReviewFixtures.PDF, Instant.parse("2026-11-01T05:00:00Z")));
        UUID cv = QuarkusTransaction.requiringNew().call(() -> ReviewFixtures.storeDocument(c.get("asel"), DocumentType.CV,
                "cv.pdf", "application/pdf", ReviewFixtures.PDF, Instant.parse("2026-11-01T06:00:00Z")));
        Map<String, Object> body = nominate(c.get("asel"));
        body.put("documents", List.of(transcript));
        JsonPath n = as("coordinator").body(body).post(nominations()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("NOMINATED")).body("items[0].direction", equalTo("OUTGOING"))
                .body("items[0].partnerInstitutionId", equalTo(tartu.toString())).body("items[0].flowType", equalTo("STUDENT_STUDIES"))
                .body("items[0].academicYear", equalTo("2026/2027")).body("items[0].participant.givenName", equalTo("Asel"))
                .body("items[0].participant.dateOfBirth", equalTo("2004-03-15")).body("items[0].participant.citizenship", equalTo("KG"))
                .body("items[0].participant.eqfLevel", equalTo(7)).body("items[0].participant.languages.language", contains("en", "ru"))
                .body("items[0].plannedStart", equalTo("2027-02-01")).body("items[0].plannedEnd", equalTo("2027-06-30"))
                .body("items[0].documents.fileName", contains("transcript.pdf")).extract().jsonPath();
        String id = n.getString("items[0].id");
        // nominating again answers the nomination as it is
        as("coordinator").body(nominate(c.get("asel"))).post(nominations()).then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].version", equalTo(n.getInt("items[0].version")));
        assertThat(stored()).isEqualTo(1);
        assertThat(notified(id)).containsExactly("nomination.created");

        tartu().get("/api/v1/partner/nominations").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].documents.fileName", contains("transcript.pdf"));
        tartu().queryParam("status", "ACCEPTED").get("/api/v1/partner/nominations").then().statusCode(200).body("total", equalTo(0));
        tartu().get("/api/v1/partner/nominations/" + id).then().statusCode(200).body("participant.familyName", equalTo("Toktogulova"))
                .body("$", not(hasKey("timeline")));
        tartu().accept("application/pdf").get("/api/v1/partner/nominations/" + id + "/documents/" + transcript).then().statusCode(200);
        tartu().accept("*/*").get("/api/v1/partner/nominations/" + id + "/documents/" + cv).then().statusCode(404);

        tartu().body(Map.of("start", "2027-02-15", "end", "2027-06-30")).post("/api/v1/partner/nominations/" + id + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("plannedStart", equalTo("2027-02-15"));
        tartu().body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("plannedStart", equalTo("2027-02-15"));
        as("coordinator").get("/api/v1/nominations/" + id).then().statusCode(200).body("timeline.kind", contains("NOMINATED", "ACCEPTED"))
                .body("timeline[1].actor", equalTo("partner:" + tartuClient)).body("timeline[1].detail.start", equalTo("2027-02-15"));
        as("coordinator").queryParam("callId", call.toString()).queryParam("status", "ACCEPTED").get("/api/v1/nominations").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void onlyCoordinatorsNominateAndAnotherPartnerSeesNothing() {
        inForce(2);
        String id = nominated("asel").getString("items[0].id");
        for (String role : List.of("evaluator", "applicant", "partner")) {
            badRequestAs(role).body(nominate(c.get("bakyt"))).post(nominations()).then().statusCode(403);
            badRequestAs(role).get("/api/v1/nominations/" + id).then().statusCode(403);
        }
        badRequestAs((String) null).body(nominate(c.get("bakyt"))).post(nominations()).then().statusCode(401);
        badRequestAs((String) null).get("/api/v1/partner/nominations/" + id).then().statusCode(401);
        badRequestAs("coordinator").get("/api/v1/partner/nominations").then().statusCode(403);

        String milanClient = partnerClient(milan);
        asPartnerClient("azp", milanClient).get("/api/v1/partner/nominations").then().statusCode(200).body("total", equalTo(0));
        asPartnerClient("azp", milanClient).get("/api/v1/partner/nominations/" + id).then().statusCode(404);
        asPartnerClient("azp", milanClient).body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(404);
        asPartnerClient("azp", milanClient).body(Map.of("reason", "No")).post("/api/v1/partner/nominations/" + id + "/reject").then().statusCode(404);
        as("coordinator").get("/api/v1/nominations/" + id).then().body("status", equalTo("NOMINATED")).body("timeline", hasSize(1));
    }

    @Test
    void goingOverTheFlowNeedsAReasonAndWithoutOneNothingIsStored() {
        inForce(1);
        badRequestAs("coordinator").body(nominate(c.get("asel"), c.get("bakyt"))).post(nominations()).then().statusCode(422)
                .body("errors[0].code", equalTo("nomination.overCapacity")).body("errors[0].args.mobilities", equalTo("1"))
                .body("errors[0].args.total", equalTo("0"));
        assertThat(stored()).isZero();
        Map<String, Object> body = nominate(c.get("asel"), c.get("bakyt"));
        body.put("overrideReason", "The dean agreed with Tartu by letter");
        as("coordinator").body(body).post(nominations()).then().statusCode(200).body("items.status", contains("NOMINATED", "NOMINATED"))
                .body("items[0].overrideReason", equalTo("The dean agreed with Tartu by letter"));
        assertThat(stored()).isEqualTo(2);
        tartu().get("/api/v1/partner/nominations").then().statusCode(200).body("total", equalTo(2)).body("items[0]", not(hasKey("overrideReason")));
    }

    @Test
    void aCancelledPlaceCountsNoMoreAndCannotBeAccepted() {
        inForce(1);
        JsonPath n = nominated("asel");
        String id = n.getString("items[0].id");
        int version = n.getInt("items[0].version");
        badRequestAs("coordinator").body(Map.of("version", version)).post("/api/v1/nominations/" + id + "/cancel").then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("version", version, "reason", " ")).post("/api/v1/nominations/" + id + "/cancel").then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("version", version + 1, "reason", "Withdrew")).post("/api/v1/nominations/" + id + "/cancel").then()
                .statusCode(409);
        as("coordinator").body(Map.of("version", version, "reason", "The student withdrew")).post("/api/v1/nominations/" + id + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("reason", equalTo("The student withdrew"));
        assertThat(notified(id)).containsExactlyInAnyOrder("nomination.created", "nomination.cancelled");

        tartu().body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(409)
                .body("currentStatus", equalTo("CANCELLED")).body("errors[0].code", equalTo("nomination.wrongState"))
                .body("errors[0].message", equalTo("This nomination is cancelled: it cannot be accepted"));
        as("coordinator").get("/api/v1/nominations/" + id).then().body("timeline.kind", contains("NOMINATED", "CANCELLED"));
        // the cancelled nomination holds no place and is history: Asel can be nominated again, in the flow of one
        String again = nominated("asel").getString("items[0].id");
        assertThat(again).isNotEqualTo(id);
        assertThat(stored()).isEqualTo(2);
        as("coordinator").queryParam("status", "NOMINATED").queryParam("callId", call.toString()).get("/api/v1/nominations").then()
                .body("items.id", contains(again));
    }

    @Test
    void aCandidateWhoGivesUpTheirPlaceWithdrawsTheirNomination() {
        inForce(2);
        String id = nominated("asel").getString("items[0].id");
        tartu().body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(200);
        answer("asel", "decline");

        tartu().get("/api/v1/partner/nominations/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("reason", equalTo("The candidate gave up the place"));
        assertThat(notified(id)).containsExactlyInAnyOrder("nomination.created", "nomination.cancelled");
        as("coordinator").get("/api/v1/nominations/" + id).then().body("timeline.kind", contains("NOMINATED", "ACCEPTED", "CANCELLED"))
                .body("timeline[2].detail.byCandidate", equalTo(true));
        // the place freed went down the ranks as any withdrawal's does
        answer("chynara", null).body("partner.id", equalTo(tartu.toString())).body("offer.response", equalTo("PENDING"));
        // declining again changes nothing
        answer("asel", "decline");
        assertThat(notified(id)).hasSize(2);
    }

    @Test
    void theCoordinatorMovesThePeriodWithinTheLimitsAndTartuIsTold() {
        inForce(2);
        JsonPath n = nominated("asel");
        String id = n.getString("items[0].id");
        int version = n.getInt("items[0].version");
        String period = "/api/v1/nominations/" + id + "/period";
        badRequestAs("coordinator").body(Map.of("version", version, "start", "2027-06-30", "end", "2027-02-01")).put(period).then().statusCode(422)
                .body("errors[0].code", equalTo("application.period.endBeforeStart"));
        badRequestAs("coordinator").body(Map.of("version", version, "start", "2027-02-01", "end", "2027-02-20")).put(period).then().statusCode(422)
                .body("errors[0].code", equalTo("application.period.tooShort"));
        badRequestAs("coordinator").body(Map.of("version", version, "start", "2028-09-01", "end", "2029-01-31")).put(period).then().statusCode(422)
                .body("errors[0].code", equalTo("nomination.outsideAgreement"));
        badRequestAs("coordinator").body(Map.of("version", version, "start", "2027-02-01")).put(period).then().statusCode(400);
        as("coordinator").body(Map.of("version", version, "start", "2027-03-01", "end", "2027-07-31")).put(period).then().statusCode(200)
                .body("plannedStart", equalTo("2027-03-01")).body("version", equalTo(version + 1));
        badRequestAs("coordinator").body(Map.of("version", version, "start", "2027-03-01", "end", "2027-07-15")).put(period).then().statusCode(409);
        assertThat(notified(id)).containsExactlyInAnyOrder("nomination.created", "nomination.changed");
        tartu().body(Map.of("start", "2027-03-01")).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(422);
        tartu().body(Map.of("start", "2027-03-01", "end", "2027-03-10")).post("/api/v1/partner/nominations/" + id + "/accept").then()
                .statusCode(422).body("errors[0].code", equalTo("application.period.tooShort"));
        as("coordinator").get("/api/v1/nominations/" + id).then().body("status", equalTo("NOMINATED")).body("plannedEnd", equalTo("2027-07-31"));
    }

    @Test
    void aCoordinatorRecordsThePartnersDecisionByHandAndThePartnerIsTold() {
        inForce(2);
        JsonPath asel = nominated("asel");
        String id = asel.getString("items[0].id");
        int version = asel.getInt("items[0].version");
        String decision = "/api/v1/nominations/" + id + "/decision";
        badRequestAs("coordinator").body(Map.of("version", version, "decision", "MAYBE")).post(decision).then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("version", version, "decision", "ACCEPTED", "start", "2027-02-01")).post(decision).then()
                .statusCode(422).body("errors[0].field", equalTo("end"));
        badRequestAs("coordinator").body(Map.of("version", version + 1, "decision", "ACCEPTED")).post(decision).then().statusCode(409);
        badRequestAs("evaluator").body(Map.of("version", version, "decision", "ACCEPTED")).post(decision).then().statusCode(403);
        tartu().body(Map.of("version", version, "decision", "ACCEPTED")).post(decision).then().statusCode(403);
        as("coordinator").get("/api/v1/nominations/" + id).then().body("status", equalTo("NOMINATED"));

        as("coordinator").body(Map.of("version", version, "decision", "ACCEPTED", "start", "2027-02-15", "end", "2027-06-30")).post(decision).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("plannedStart", equalTo("2027-02-15"));
        as("coordinator").get("/api/v1/nominations/" + id).then().body("timeline.kind", contains("NOMINATED", "ACCEPTED"))
                .body("timeline[1].detail.recordedByHand", equalTo(true));
        assertThat(notified(id)).containsExactlyInAnyOrder("nomination.created", "nomination.changed");
        tartu().get("/api/v1/partner/nominations/" + id).then().body("status", equalTo("ACCEPTED"));

        // a rejection needs the partner's reason, and frees the place as the partner API's does
        JsonPath bakyt = nominated("bakyt");
        String other = bakyt.getString("items[0].id");
        String otherDecision = "/api/v1/nominations/" + other + "/decision";
        badRequestAs("coordinator").body(Map.of("version", bakyt.getInt("items[0].version"), "decision", "REJECTED")).post(otherDecision).then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        as("coordinator").body(Map.of("version", bakyt.getInt("items[0].version"), "decision", "REJECTED", "reason", "No supervisor in spring"))
                .post(otherDecision).then().statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("No supervisor in spring"));
        as("coordinator").get("/api/v1/nominations/" + other).then().body("timeline.kind", contains("NOMINATED", "REJECTED", "PLACE_FREED"));
        answer("bakyt", null).body("status", equalTo("DECLINED"));
    }

    @Test
    void theDecisionsLetterIsAttachedByThePartnerOrByHandAndReplaced() {
        inForce(2);
        JsonPath asel = nominated("asel");
        String id = asel.getString("items[0].id");
        String partnerLetter = "/api/v1/partner/nominations/" + id + "/letter";
        String homeLetter = "/api/v1/nominations/" + id + "/letter";
        byte[] letter = ReviewFixtures.PDF;
        // uploads are checked against the contract by their answers only: the validator does not read multipart bodies
        withFile(badRequestAsPartnerClient("azp", tartuClient), "acceptance.pdf", letter, "application/pdf").put(partnerLetter).then().statusCode(409)
                .body("currentStatus", equalTo("NOMINATED")).body("errors[0].code", equalTo("nomination.letterBeforeDecision"));
        tartu().body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(200);

        withFile(badRequestAsPartnerClient("azp", tartuClient), "acceptance.pdf", new byte[0], "application/pdf").put(partnerLetter).then()
                .statusCode(422).body("errors[0].code", equalTo("application.document.empty"));
        withFile(badRequestAsPartnerClient("azp", tartuClient), "acceptance.pdf", "not a pdf at all".getBytes(StandardCharsets.US_ASCII),
                "application/pdf").put(partnerLetter).then().statusCode(415);
        withFile(badRequestAsPartnerClient("azp", tartuClient), "big.pdf", big(), "application/pdf").put(partnerLetter).then().statusCode(413);
        String other = partnerClient(milan);
        withFile(badRequestAsPartnerClient("azp", other), "acceptance.pdf", letter, "application/pdf").put(partnerLetter).then().statusCode(404);
        as("coordinator").get("/api/v1/nominations/" + id).then().body("$", not(hasKey("letter")));

        withFile(badRequestAsPartnerClient("azp", tartuClient), "acceptance.pdf", letter, "application/pdf").put(partnerLetter).then().statusCode(200)
                .body("letter.fileName", equalTo("acceptance.pdf")).body("letter.sha256", equalTo(Uploads.sha256(letter)))
                .body("$", not(hasKey("timeline")));
        byte[] downloaded = as("coordinator").accept("*/*").get(homeLetter).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(letter);
        badRequestAsPartnerClient("azp", other).accept("*/*").get(partnerLetter).then().statusCode(404);

        // the coordinator replaces it with the signed scan that came by e-mail; the timeline keeps both
        byte[] scan = ReviewFixtures.PNG;
        withFile(badRequestAs("coordinator"), "signed scan.png", scan, "image/png").put(homeLetter).then().statusCode(200)
                .body("letter.contentType", equalTo("image/png")).body("timeline.kind", contains("NOMINATED", "ACCEPTED", "LETTER_ATTACHED",
                        "LETTER_ATTACHED"))
                .body("timeline[2].detail.byPartner", equalTo(true)).body("timeline[3].detail.byPartner", equalTo(false));
        assertThat(tartu().accept("*/*").get(partnerLetter).then().statusCode(200).extract().asByteArray()).isEqualTo(scan);
        withFile(badRequestAs("evaluator"), "x.pdf", letter, "application/pdf").put(homeLetter).then().statusCode(403);
        badRequestAs("coordinator").accept("*/*").get("/api/v1/nominations/" + nominated("bakyt").getString("items[0].id") + "/letter").then()
                .statusCode(404);
    }

    private static byte[] big() {
        byte[] content = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(ReviewFixtures.PDF, 0, content, 0, ReviewFixtures.PDF.length);
        return content;
    }

    @Test
    void aRejectionFreesThePlaceForTheReserveList() {
        inForce(2);
        // Chynara, who would move up from Milan to Tartu first, declines, so the place goes to the reserve list
        answer("chynara", "decline");
        String id = nominated("bakyt").getString("items[0].id");
        badRequestAs("coordinator").get("/api/v1/nominations/" + UUID.randomUUID()).then().statusCode(404);
        badRequestAsPartnerClient("azp", tartuClient).body(Map.of("reason", " ")).post("/api/v1/partner/nominations/" + id + "/reject").then().statusCode(400);
        tartu().body(Map.of("reason", "The course is not taught in English next year")).post("/api/v1/partner/nominations/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("The course is not taught in English next year"));
        tartu().body(Map.of("reason", "Again")).post("/api/v1/partner/nominations/" + id + "/reject").then().statusCode(200)
                .body("reason", equalTo("The course is not taught in English next year"));
        tartu().body(Map.of()).post("/api/v1/partner/nominations/" + id + "/accept").then().statusCode(409).body("currentStatus", equalTo("REJECTED"));

        answer("bakyt", null).body("offer.response", equalTo("DECLINED"));
        answer("daniyar", null).body("status", equalTo("PLACED")).body("partner.id", equalTo(tartu.toString()))
                .body("offer.response", equalTo("PENDING"));
        as("coordinator").get("/api/v1/nominations/" + id).then().body("timeline.kind", contains("NOMINATED", "REJECTED", "PLACE_FREED"));
    }

    @Test
    void badApplicationsAreRefusedWithTheirCodesAndNothingIsStored() {
        inForce(2);
        badRequestAs("coordinator").body(nominate(UUID.randomUUID())).post(nominations()).then().statusCode(422)
                .body("errors[0].code", equalTo("nomination.unknownApplication")).body("errors[0].field", equalTo("applicationIds[0]"));
        badRequestAs("coordinator").body(nominate(c.get("asel"), c.get("daniyar"))).post(nominations()).then().statusCode(422)
                .body("errors[0].code", equalTo("nomination.notAccepted")).body("errors[0].field", equalTo("applicationIds[1]"));
        answer("chynara", "accept");
        badRequestAs("coordinator").body(nominate(c.get("chynara"))).post(nominations()).then().statusCode(422)
                .body("errors[0].code", equalTo("nomination.noFlow"));
        Map<String, Object> body = nominate(c.get("asel"));
        body.put("documents", List.of(UUID.randomUUID()));
        badRequestAs("coordinator").body(body).post(nominations()).then().statusCode(422).body("errors[0].code", equalTo("nomination.unknownDocument"));
        badRequestAs("coordinator").body(Map.of("applicationIds", List.of())).post(nominations()).then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("applicationIds", List.of("not-a-uuid"))).post(nominations()).then().statusCode(400);
        badRequestAs("coordinator").body(nominate(c.get("asel"))).post("/api/v1/calls/" + UUID.randomUUID() + "/nominations").then().statusCode(404);
        badRequestAs("coordinator").queryParam("status", "WON").get("/api/v1/nominations").then().statusCode(400);
        assertThat(stored()).isZero();
    }
}
