package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mobilitydesk.application.review.ReviewFixtures.PDF;
import static org.mobilitydesk.application.review.ReviewFixtures.PNG;
import static org.mobilitydesk.application.review.ReviewFixtures.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ReviewApiTest extends ApiTest {

    private UUID tartu;
    private UUID milan;
    private UUID riga;
    private UUID call;

    @BeforeEach
    void aCall() {
        ReviewFixtures.home("Asia/Bishkek");
        tartu = ReviewFixtures.partner("Tartu");
        milan = ReviewFixtures.partner("Milan");
        riga = ReviewFixtures.partner("Riga");
        call = ReviewFixtures.call("Erasmus+ study exchange 2026/2027", tartu, milan, riga);
    }

    private String list() {
        return "/api/v1/calls/" + call + "/applications";
    }

    private static String one(UUID id) {
        return "/api/v1/applications/" + id;
    }

    private JsonPath read(UUID id) {
        return as("coordinator").get(one(id)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void coordinatorsAndAdminsReadOthersAreRefused() {
        UUID id = application(call).ranking(tartu).save();
        as("coordinator").get(list()).then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()));
        as("admin").get(list()).then().statusCode(200).body("total", equalTo(1));
        as("admin").get(one(id)).then().statusCode(200).body("id", equalTo(id.toString()));
        for (String role : List.of("applicant", "evaluator", "partner")) {
            as(role).get(list()).then().statusCode(403);
            as(role).get(one(id)).then().statusCode(403);
            as(role).accept("*/*").get(list() + "/export").then().statusCode(403);
        }
        badRequestAs(null).get(list()).then().statusCode(401);
        badRequestAs(null).get(one(id)).then().statusCode(401);
        badRequestAs(null).accept("*/*").get(list() + "/export").then().statusCode(401);
    }

    @Test
    void onlyCoordinatorsDecideAndWriteNotes() {
        UUID id = application(call).save();
        for (String role : List.of("admin", "applicant", "evaluator")) {
            as(role).body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(403);
            as(role).body(Map.of("version", 0, "note", "mine")).put(one(id) + "/note").then().statusCode(403);
        }
        badRequestAs(null).body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(401);
        as("coordinator").get(one(id)).then().body("eligibility", equalTo("PENDING")).body("version", equalTo(0))
                .body("coordinatorNote", nullValue());
    }

    @Test
    void draftsAreTheApplicantsOwnAndUnknownToCoordinators() {
        UUID draft = application(call).status(ApplicationStatus.DRAFT).document(DocumentType.CV, "cv.pdf", "application/pdf", PDF).save();
        UUID submitted = application(call).save();
        as("coordinator").get(list()).then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(submitted.toString()));
        as("coordinator").get(one(draft)).then().statusCode(404);
        as("coordinator").accept("*/*").get(one(draft) + "/documents/" + ReviewFixtures.documentId(draft, "cv.pdf")).then().statusCode(404);
        as("coordinator").body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(draft) + "/eligibility").then().statusCode(404);
        as("coordinator").body(Map.of("version", 0, "note", "n")).put(one(draft) + "/note").then().statusCode(404);
        as("coordinator").get(one(UUID.randomUUID())).then().statusCode(404);
        String csv = as("coordinator").accept("*/*").get(list() + "/export").then().statusCode(200).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void theSummaryNamesThePreferencesAndCountsTheDocuments() {
        UUID id = application(call).named("Aizada", "Toktogulova").email("aizada@example.kg").ranking(milan, tartu)
                .document(DocumentType.MOTIVATION_LETTER, "motivation.pdf", "application/pdf", PDF)
                .document(DocumentType.PASSPORT, "passport.png", "image/png", PNG).save();
        JsonPath page = as("coordinator").get(list()).then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
        Map<String, Object> item = page.getMap("items[0]");
        assertThat(item).containsEntry("id", id.toString()).containsEntry("applicantName", "Aizada Toktogulova")
                .containsEntry("applicantEmail", "aizada@example.kg").containsEntry("status", "SUBMITTED")
                .containsEntry("eligibility", "PENDING").containsEntry("submittedAt", "2026-11-02T05:30:00Z")
                .containsEntry("documentCount", 2).containsEntry("version", 0);
        assertThat(page.getList("items[0].preferences.rank")).containsExactly(1, 2);
        assertThat(page.getList("items[0].preferences.partner.id")).containsExactly(milan.toString(), tartu.toString());
        assertThat(page.getString("items[0].preferences[0].partner.name")).startsWith("Milan");
        assertThat(page.getString("items[0].preferences[0].partner.countryCode")).isEqualTo("EE");
        assertThat(page.getString("items[0].receiptNumber")).startsWith("MD-T-");
    }

    @Test
    void eachFilterNarrowsTheList() {
        UUID first = application(call).named("Aigérim", "Özlem").ranking(tartu, milan).at("2026-11-01T10:00:00Z").save();
        UUID second = application(call).named("Айгерим", "Бекова").ranking(milan).at("2026-11-02T10:00:00Z").save();
        UUID withdrawn = application(call).named("Bakyt", "Asanov").ranking(riga, tartu).status(ApplicationStatus.WITHDRAWN)
                .at("2026-11-03T10:00:00Z").save();
        UUID fourth = application(call).named("Nurlan", "Kasymov").email("nurlan.k@example.kg").ranking(riga).at("2026-11-04T10:00:00Z").save();
        as("coordinator").body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(fourth) + "/eligibility").then().statusCode(200);
        as("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE", "reason", "Grade too low")).put(one(second) + "/eligibility")
                .then().statusCode(200);

        as("coordinator").get(list()).then().body("total", equalTo(4))
                .body("items.id", contains(first.toString(), second.toString(), withdrawn.toString(), fourth.toString()));
        as("coordinator").queryParam("status", "WITHDRAWN").get(list()).then().body("items.id", contains(withdrawn.toString()));
        as("coordinator").queryParam("status", "SUBMITTED").get(list()).then().body("total", equalTo(3))
                .body("items.id", not(hasItem(withdrawn.toString())));
        // Tartu is the first choice of the first and the second choice of the withdrawn one
        as("coordinator").queryParam("partnerId", tartu.toString()).get(list()).then().body("items.id",
                contains(first.toString(), withdrawn.toString()));
        as("coordinator").queryParam("partnerId", milan.toString()).get(list()).then().body("items.id",
                contains(first.toString(), second.toString()));
        as("coordinator").queryParam("eligibility", "ELIGIBLE").get(list()).then().body("items.id", contains(fourth.toString()));
        as("coordinator").queryParam("eligibility", "INELIGIBLE").get(list()).then().body("items.id", contains(second.toString()));
        as("coordinator").queryParam("eligibility", "PENDING").get(list()).then().body("items.id",
                contains(first.toString(), withdrawn.toString()));
        // accents and case do not matter; Cyrillic matches Cyrillic
        as("coordinator").queryParam("q", "aigerim").get(list()).then().body("items.id", contains(first.toString()));
        as("coordinator").queryParam("q", "OZLEM aigérim").get(list()).then().body("items.id", contains(first.toString()));
        as("coordinator").queryParam("q", "айгерим").get(list()).then().body("items.id", contains(second.toString()));
        as("coordinator").queryParam("q", "nurlan.k@").get(list()).then().body("items.id", contains(fourth.toString()));
        String receipt = read(withdrawn).getString("receiptNumber");
        as("coordinator").queryParam("q", receipt.toLowerCase()).get(list()).then().body("items.id", contains(withdrawn.toString()));
        as("coordinator").queryParam("q", "100%_").get(list()).then().body("total", equalTo(0));
        // filters combine
        as("coordinator").queryParam("partnerId", tartu.toString()).queryParam("status", "SUBMITTED").get(list()).then()
                .body("items.id", contains(first.toString()));
    }

    @Test
    void pagesAndSortsAndOtherCallsStayOut() {
        UUID other = ReviewFixtures.call("Another call", tartu);
        application(other).named("Zarina", "Other").save();
        UUID c = application(call).named("Cholpon", "Ibraimova").at("2026-11-01T08:00:00Z").save();
        UUID a = application(call).named("aida", "Sydykova").at("2026-11-03T08:00:00Z").save();
        UUID b = application(call).named("Bermet", "Alieva").at("2026-11-02T08:00:00Z").save();
        as("coordinator").queryParam("size", 2).get(list()).then().body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.id", contains(c.toString(), b.toString()));
        as("coordinator").queryParam("size", 2).queryParam("page", 1).get(list()).then().body("total", equalTo(3)).body("page", equalTo(1))
                .body("items.id", contains(a.toString()));
        as("coordinator").queryParam("size", 2).queryParam("page", 2).get(list()).then().body("total", equalTo(3)).body("items", empty());
        as("coordinator").queryParam("sort", "name").get(list()).then().body("items.id", contains(a.toString(), b.toString(), c.toString()));
        as("coordinator").queryParam("sort", "-name").get(list()).then().body("items.id", contains(c.toString(), b.toString(), a.toString()));
        as("coordinator").queryParam("sort", "-submittedAt").get(list()).then().body("items.id", contains(a.toString(), b.toString(), c.toString()));
    }

    @Test
    void theDetailShowsTheCallTheSnapshotTheDocumentsAndTheTimeline() {
        UUID id = application(call).ranking(tartu, riga).note("Called her on Monday")
                .document(DocumentType.MOTIVATION_LETTER, "motivation.pdf", "application/pdf", PDF)
                .document(DocumentType.OTHER, "справка.png", "image/png", PNG).save();
        JsonPath a = read(id);
        assertThat(a.getString("call.id")).isEqualTo(call.toString());
        assertThat(a.getString("call.title.en")).isEqualTo("Erasmus+ study exchange 2026/2027");
        assertThat(a.getString("call.mobilityType")).isEqualTo("STUDENT_STUDIES");
        assertThat(a.getString("call.academicYear")).isEqualTo("2026/2027");
        assertThat(a.getString("call.schedule.timeZone")).isEqualTo("Asia/Bishkek");
        assertThat(a.getString("profile.citizenship")).isEqualTo("KG");
        assertThat(a.getString("profile.dateOfBirth")).isEqualTo("2004-03-15");
        assertThat(a.getList("profile.languages.cefrLevel")).containsExactly("B2", "C1");
        assertThat(a.getString("plannedStart")).isEqualTo("2027-02-01");
        assertThat(a.getString("plannedEnd")).isEqualTo("2027-06-30");
        assertThat(a.getString("motivation")).contains("cardiology");
        assertThat(a.getString("coordinatorNote")).isEqualTo("Called her on Monday");
        assertThat(a.getList("preferences.partner.id")).containsExactly(tartu.toString(), riga.toString());
        assertThat(a.getInt("documentCount")).isEqualTo(2);
        assertThat(a.getList("documents.type")).containsExactlyInAnyOrder("MOTIVATION_LETTER", "OTHER");
        Map<String, Object> other = a.getMap("documents.find { it.type == 'OTHER' }");
        assertThat(other).containsEntry("otherLabel", "Medical certificate").containsEntry("fileName", "справка.png")
                .containsEntry("contentType", "image/png").containsEntry("sizeBytes", PNG.length)
                .containsEntry("sha256", ReviewFixtures.sha256(PNG)).doesNotContainKey("content");
        assertThat(a.getMap("documents.find { it.type == 'MOTIVATION_LETTER' }")).doesNotContainKey("otherLabel");
        assertThat(a.getList("timeline.kind")).containsExactly("CREATED", "SUBMITTED");
        assertThat(a.getString("eligibility")).isEqualTo("PENDING");
        assertThat(a.getString("eligibilityDecidedAt")).isNull();
        assertThat(a.getString("withdrawnAt")).isNull();
    }

    @Test
    void aDocumentDownloadsAsAnAttachmentOrInlineAndSandboxed() {
        UUID id = application(call).document(DocumentType.MOTIVATION_LETTER, "Мотивация «2027».pdf", "application/pdf", PDF)
                .document(DocumentType.PASSPORT, "passport.png", "image/png", PNG).save();
        UUID other = application(call).document(DocumentType.CV, "cv.pdf", "application/pdf", PDF).save();
        UUID letter = ReviewFixtures.documentId(id, "Мотивация «2027».pdf");
        UUID passport = ReviewFixtures.documentId(id, "passport.png");

        Response attachment = as("coordinator").accept("*/*").get(one(id) + "/documents/" + letter);
        attachment.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"_________ _2027_.pdf\"; filename*=UTF-8''"
                        + "%D0%9C%D0%BE%D1%82%D0%B8%D0%B2%D0%B0%D1%86%D0%B8%D1%8F%20%C2%AB2027%C2%BB.pdf"))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
        assertThat(attachment.asByteArray()).isEqualTo(PDF);

        Response inline = as("admin").accept("*/*").queryParam("inline", true).get(one(id) + "/documents/" + passport);
        inline.then().statusCode(200).contentType("image/png").header("Content-Disposition", startsWithInline())
                .header("Content-Security-Policy", "sandbox").header("X-Content-Type-Options", "nosniff");
        assertThat(inline.asByteArray()).isEqualTo(PNG);

        UUID othersDocument = ReviewFixtures.documentId(other, "cv.pdf");
        as("coordinator").accept("*/*").get(one(id) + "/documents/" + othersDocument).then().statusCode(404);
        as("coordinator").accept("*/*").get(one(id) + "/documents/" + UUID.randomUUID()).then().statusCode(404);
        as("applicant").accept("*/*").get(one(id) + "/documents/" + letter).then().statusCode(403);
        badRequestAs(null).accept("*/*").get(one(id) + "/documents/" + letter).then().statusCode(401);
    }

    private static org.hamcrest.Matcher<String> startsWithInline() {
        return org.hamcrest.Matchers.startsWith("inline; filename=\"passport.png\"; filename*=UTF-8''passport.png");
    }

    @Test
    void anIneligibleDecisionNeedsAReasonAndTheTimelineKeepsIt() {
        UUID id = application(call).save();
        badRequestAs("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(422)
                .body("errors[0].field", equalTo("reason")).body("errors[0].code", equalTo("application.eligibility.reasonRequired"));
        badRequestAs("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE", "reason", "  ")).put(one(id) + "/eligibility").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        as("coordinator").get(one(id)).then().body("eligibility", equalTo("PENDING")).body("version", equalTo(0))
                .body("timeline.kind", contains("CREATED", "SUBMITTED"));

        as("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE", "reason", " Grade average below 4.0 of 5 "))
                .put(one(id) + "/eligibility").then().statusCode(200)
                .body("eligibility", equalTo("INELIGIBLE")).body("eligibilityReason", equalTo("Grade average below 4.0 of 5"))
                .body("eligibilityDecidedBy", equalTo("coordinator-user")).body("eligibilityDecidedAt", notNullValue())
                .body("version", equalTo(1))
                .body("timeline.kind", contains("CREATED", "SUBMITTED", "ELIGIBILITY_DECIDED"))
                .body("timeline[2].detail", equalTo("Grade average below 4.0 of 5")).body("timeline[2].actor", equalTo("coordinator-user"))
                .body("timeline[2].decision", equalTo("INELIGIBLE")).body("timeline[1].decision", nullValue());

        // taken back: no decision, no decider
        as("coordinator").body(Map.of("version", 1, "decision", "PENDING")).put(one(id) + "/eligibility").then().statusCode(200)
                .body("eligibility", equalTo("PENDING")).body("eligibilityDecidedAt", nullValue()).body("eligibilityDecidedBy", nullValue())
                .body("eligibilityReason", nullValue()).body("version", equalTo(2)).body("timeline.size()", equalTo(4))
                .body("timeline[3].decision", equalTo("PENDING"));
        as("coordinator").body(Map.of("version", 2, "decision", "ELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(200)
                .body("eligibility", equalTo("ELIGIBLE")).body("eligibilityDecidedAt", notNullValue());
    }

    @Test
    void aStaleVersionOrAWithdrawnApplicationIsAConflict() {
        UUID id = application(call).save();
        as("coordinator").body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(200);
        as("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE", "reason", "late")).put(one(id) + "/eligibility").then()
                .statusCode(409).body("errors[0].field", equalTo("version"));
        as("coordinator").body(Map.of("version", 0, "note", "late")).put(one(id) + "/note").then().statusCode(409);
        as("coordinator").get(one(id)).then().body("eligibility", equalTo("ELIGIBLE")).body("version", equalTo(1))
                .body("coordinatorNote", nullValue());

        UUID withdrawn = application(call).status(ApplicationStatus.WITHDRAWN).save();
        as("coordinator").body(Map.of("version", 0, "decision", "ELIGIBLE")).put(one(withdrawn) + "/eligibility").then().statusCode(409)
                .body("currentStatus", equalTo("WITHDRAWN"));
        as("coordinator").get(one(withdrawn)).then().body("eligibility", equalTo("PENDING")).body("withdrawnAt", notNullValue())
                .body("timeline.kind", contains("CREATED", "SUBMITTED", "WITHDRAWN"));
        badRequestAs("coordinator").body(Map.of("decision", "ELIGIBLE")).put(one(id) + "/eligibility").then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("version", 1, "decision", "MAYBE")).put(one(id) + "/eligibility").then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("version", 1, "decision", "INELIGIBLE", "reason", "x".repeat(2001))).put(one(id) + "/eligibility")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void theNoteIsPrivateAndAtMostTenThousandCharacters() {
        UUID id = application(call).save();
        badRequestAs("coordinator").body(Map.of("version", 0, "note", "n".repeat(10_001))).put(one(id) + "/note").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as("coordinator").get(one(id)).then().body("coordinatorNote", nullValue()).body("version", equalTo(0));
        as("coordinator").body(Map.of("version", 0, "note", "n".repeat(10_000))).put(one(id) + "/note").then().statusCode(200)
                .body("coordinatorNote.length()", equalTo(10_000)).body("version", equalTo(1));
        as("coordinator").body(Map.of("version", 1, "note", "Transcript arrives by post")).put(one(id) + "/note").then().statusCode(200)
                .body("coordinatorNote", equalTo("Transcript arrives by post")).body("timeline.kind", contains("CREATED", "SUBMITTED"));
        as("coordinator").body(Map.of("version", 2, "note", "  ")).put(one(id) + "/note").then().statusCode(200)
                .body("coordinatorNote", nullValue());
    }

    @Test
    void unknownCallsAreNotFound() {
        String unknown = "/api/v1/calls/" + UUID.randomUUID() + "/applications";
        as("coordinator").get(unknown).then().statusCode(404);
        as("coordinator").accept("*/*").get(unknown + "/export").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "status=DRAFT", "status=submitted", "partnerId=not-a-uuid", "eligibility=MAYBE", "sort=receipt", "page=-1",
            "size=0", "size=201", "q=" + "x" })
    void badQueryParametersAreAProblem(String parameter) {
        String[] pair = parameter.split("=", 2);
        if (pair[0].equals("q")) {
            pair[1] = "x".repeat(201);
        }
        badRequestAs("coordinator").queryParam(pair[0], pair[1]).get(list()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(pair[0]));
    }

    @Test
    void aBadExportFormatIsAProblem() {
        badRequestAs("coordinator").accept("*/*").queryParam("format", "pdf").get(list() + "/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        badRequestAs("coordinator").accept("*/*").queryParam("status", "DRAFT").get(list() + "/export").then().statusCode(400);
    }

    @Test
    void theListDoesNotLeakContent() {
        UUID id = application(call).document(DocumentType.CV, "cv.pdf", "application/pdf", PDF).save();
        String body = as("coordinator").get(list()).then().statusCode(200).extract().asString();
        assertThat(body).contains(id.toString()).doesNotContain("content").doesNotContain("motivation").doesNotContain("coordinatorNote");
        assertThat(body).doesNotContain("PDF-1.4").doesNotContain("profile");
    }
}
