package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mobilitydesk.application.ApplicationFixtures.callBody;
import static org.mobilitydesk.application.ApplicationFixtures.draft;
import static org.mobilitydesk.application.ApplicationFixtures.pdf;
import static org.mobilitydesk.application.ApplicationFixtures.studentProfile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.application.ApplicationFixtures.Person;
import org.mobilitydesk.call.CallFixtures;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.common.TestClock;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ApplicationApiTest extends ApiTest {

    private static final String MINE = "/api/v1/me/applications";

    @Inject
    AgreementService agreements;
    @Inject
    MockMailbox mailbox;

    private String tartu;
    private String milan;
    private String call;

    @BeforeEach
    void call() {
        String home = CallFixtures.home("Asia/Bishkek");
        tartu = CallFixtures.partner("Tartu");
        milan = CallFixtures.partner("Milan");
        CallFixtures.agreementInForce(home, tartu, agreements);
        call = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), CallFixtures.now().plus(30, ChronoUnit.DAYS), tartu, milan));
    }

    private RequestSpecification as(Person person) {
        return asPerson("applicant", person.subject(), person.claims(), true);
    }

    private RequestSpecification badly(Person person) {
        return asPerson("applicant", person.subject(), person.claims(), false);
    }

    private JsonPath apply(Person person, String callId) {
        return as(person).body(Map.of("callId", callId)).post(MINE).then().statusCode(201).extract().jsonPath();
    }

    private void profile(Person person, Map<String, Object> body) {
        as(person).body(body).put("/api/v1/me/profile").then().statusCode(200);
    }

    private void upload(Person person, String id, String type, String fileName, byte[] content) {
        badly(person).contentType("multipart/form-data").multiPart("file", fileName, content, "application/pdf").multiPart("type", type)
                .post(MINE + "/" + id + "/documents").then().statusCode(201);
    }

    /** An applicant with a complete profile and a complete draft to the call: id of the application. */
    private String complete(Person person, String callId) {
        profile(person, studentProfile());
        JsonPath created = apply(person, callId);
        String id = created.getString("id");
        as(person).body(draft(created.getInt("version"), milan, tartu)).put(MINE + "/" + id).then().statusCode(200);
        upload(person, id, "MOTIVATION_LETTER", "letter.pdf", pdf(900));
        return id;
    }

    private static long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count(query, params));
    }

    @Test
    void theApplicantAppliesCompletesSubmitsGetsAReceiptAndWithdraws() throws Exception {
        Person aizada = Person.fresh("Aizada");
        JsonPath created = apply(aizada, call);
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("call.title.en")).isEqualTo("Erasmus+ study exchange 2026/2027");
        assertThat(created.getString("call.duration.unit")).isEqualTo("MONTHS");
        assertThat(created.getList("call.places.partner.id")).containsExactly(tartu, milan);
        assertThat(created.getList("call.documents.type")).containsExactly("MOTIVATION_LETTER", "OTHER");
        assertThat(created.getList("timeline.kind")).containsExactly("CREATED");
        assertThat(created.getList("checklist.item")).containsExactly("PROFILE", "ELIGIBILITY", "PREFERENCES", "PERIOD", "MOTIVATION", "DOCUMENT", "DOCUMENT");
        assertThat(created.getBoolean("checklist[0].complete")).isFalse();
        // applying made the profile row from the login, still unsaved
        as(aizada).get("/api/v1/me/profile").then().statusCode(200).body("saved", equalTo(false)).body("givenName", equalTo("Aizada"))
                .body("version", nullValue());

        profile(aizada, studentProfile());
        as(aizada).body(draft(created.getInt("version"), milan, tartu)).put(MINE + "/" + id).then().statusCode(200)
                .body("preferences.id", contains(milan, tartu)).body("preferences[0].name", org.hamcrest.Matchers.startsWith("Milan"))
                .body("plannedStart", equalTo("2027-02-01")).body("checklist.find { it.item == 'PROFILE' }.complete", equalTo(true))
                .body("checklist.find { it.item == 'ELIGIBILITY' }.complete", equalTo(true))
                .body("checklist.find { it.item == 'DOCUMENT' && it.documentType == 'MOTIVATION_LETTER' }.complete", equalTo(false));
        upload(aizada, id, "MOTIVATION_LETTER", "letter.pdf", pdf(900));

        JsonPath submitted = as(aizada).post(MINE + "/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("receiptNumber", matchesPattern("MD-20\\d\\d-\\d{6}")).extract().jsonPath();
        String receipt = submitted.getString("receiptNumber");
        assertThat(submitted.getList("timeline.kind")).containsExactly("CREATED", "SUBMITTED");
        // repeat-safe: the same receipt and time
        as(aizada).post(MINE + "/" + id + "/submit").then().statusCode(200).body("receiptNumber", equalTo(receipt))
                .body("submittedAt", equalTo(submitted.getString("submittedAt"))).body("version", equalTo(submitted.getInt("version")));
        as(aizada).get(MINE).then().statusCode(200).body("[0].id", equalTo(id)).body("[0].receiptNumber", equalTo(receipt))
                .body("[0].status", equalTo("SUBMITTED")).body("[0].call.id", equalTo(call)).body("[0].eligibility", equalTo("PENDING"));

        List<Mail> mails = ApplicationFixtures.mailsTo(mailbox, aizada.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(receipt).contains("Erasmus+ study exchange 2026/2027");
        assertThat(mails.get(0).getText()).contains("Receipt number: " + receipt).contains("(Asia/Bishkek)").contains("1. Milan")
                .contains("SHA-256 " + Uploads.sha256(pdf(900)));

        // a submitted application is not edited
        badly(aizada).body(draft(submitted.getInt("version"), tartu)).put(MINE + "/" + id).then().statusCode(409).body("currentStatus", equalTo("SUBMITTED"));
        badly(aizada).contentType("multipart/form-data").multiPart("file", "l.pdf", pdf(10), "application/pdf").multiPart("type", "MOTIVATION_LETTER")
                .post(MINE + "/" + id + "/documents").then().statusCode(409);

        as(aizada).post(MINE + "/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("timeline.kind", contains("CREATED", "SUBMITTED", "WITHDRAWN")).body("receiptNumber", equalTo(receipt));
        String withdrawnAt = as(aizada).post(MINE + "/" + id + "/withdraw").then().statusCode(200).extract().path("withdrawnAt");
        as(aizada).get(MINE + "/" + id).then().body("withdrawnAt", equalTo(withdrawnAt)).body("timeline.size()", equalTo(3));
        badly(aizada).post(MINE + "/" + id + "/submit").then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
        // applying again before the deadline starts a new draft beside the withdrawn application, once
        String again = as(aizada).body(Map.of("callId", call)).post(MINE).then().statusCode(201).body("id", not(equalTo(id)))
                .body("status", equalTo("DRAFT")).body("receiptNumber", nullValue()).body("timeline.kind", contains("CREATED"))
                .extract().path("id");
        as(aizada).body(Map.of("callId", call)).post(MINE).then().statusCode(200).body("id", equalTo(again));
        as(aizada).get(MINE).then().statusCode(200).body("id", contains(again, id)).body("status", contains("DRAFT", "WITHDRAWN"))
                .body("[1].receiptNumber", equalTo(receipt));
        as(aizada).get(MINE + "/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void whoWithdrewCannotApplyAgainOnceTheCallClosed() {
        Person person = Person.fresh("Latecomer");
        Instant deadline = CallFixtures.now().plus(10, ChronoUnit.DAYS);
        String closing = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), deadline, tartu, milan));
        String id = complete(person, closing);
        as(person).post(MINE + "/" + id + "/withdraw").then().statusCode(200);
        TestClock.at(deadline);
        badly(person).body(Map.of("callId", closing)).post(MINE).then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        as(person).get(MINE).then().statusCode(200).body("id", contains(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "coordinator", "admin", "evaluator", "partner" })
    void onlyApplicantsReachApplications(String role) {
        badRequestAs(role).get(MINE).then().statusCode(403);
        badRequestAs(role).body(Map.of("callId", call)).post(MINE).then().statusCode(403);
        badRequestAs(role).get(MINE + "/" + java.util.UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        badRequestAs(null).get(MINE).then().statusCode(401);
        badRequestAs(null).body(Map.of("callId", call)).post(MINE).then().statusCode(401);
        badRequestAs(null).post(MINE + "/" + java.util.UUID.randomUUID() + "/submit").then().statusCode(401);
    }

    @Test
    void anotherApplicantsApplicationIsUnknownToThem() {
        Person owner = Person.fresh("Aizada");
        Person other = Person.fresh("Bakyt");
        String id = complete(owner, call);
        String document = as(owner).get(MINE + "/" + id).then().extract().path("documents[0].id");
        String path = MINE + "/" + id;
        badly(other).get(path).then().statusCode(404);
        badly(other).body(draft(0, tartu)).put(path).then().statusCode(404);
        badly(other).contentType("multipart/form-data").multiPart("file", "l.pdf", pdf(10), "application/pdf").multiPart("type", "MOTIVATION_LETTER")
                .post(path + "/documents").then().statusCode(404);
        badly(other).accept("application/pdf, application/problem+json").get(path + "/documents/" + document).then().statusCode(404);
        badly(other).accept("application/json, application/problem+json").delete(path + "/documents/" + document).then().statusCode(404);
        badly(other).post(path + "/submit").then().statusCode(404);
        badly(other).post(path + "/withdraw").then().statusCode(404);
        badly(other).get(MINE + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(other).get(MINE).then().statusCode(200).body("id", not(hasItem(id)));
        // nothing changed for the owner
        as(owner).get(path).then().statusCode(200).body("status", equalTo("DRAFT")).body("documents.size()", equalTo(1));
    }

    @Test
    void simultaneousApplicationsOfOnePersonToOneCallMakeOne() throws Exception {
        Person aizada = Person.fresh("Aizada");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<JsonPath> create = () -> {
                var response = badly(aizada).body(Map.of("callId", call)).post(MINE).then().extract();
                return new JsonPath("{\"status\": " + response.statusCode() + ", \"id\": \"" + response.path("id") + "\"}");
            };
            List<Callable<JsonPath>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(create);
            }
            List<Integer> codes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<JsonPath> result : pool.invokeAll(tasks)) {
                codes.add(result.get().getInt("status"));
                ids.add(result.get().getString("id"));
            }
            assertThat(codes).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(count("applicantSubject = ?1", aizada.subject())).isEqualTo(1);
        as(aizada).get(MINE).then().body("size()", equalTo(1));
    }

    @Test
    void draftUnknownUpcomingAndClosedCallsAreRefused() {
        Person aizada = Person.fresh("Aizada");
        String draftCall = ApplicationFixtures.draftCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), CallFixtures.now().plus(30, ChronoUnit.DAYS), tartu));
        badly(aizada).body(Map.of("callId", draftCall)).post(MINE).then().statusCode(404);
        badly(aizada).body(Map.of("callId", java.util.UUID.randomUUID().toString())).post(MINE).then().statusCode(404);
        badly(aizada).body(Map.of()).post(MINE).then().statusCode(400);
        String upcoming = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().plus(2, ChronoUnit.DAYS), CallFixtures.now().plus(30, ChronoUnit.DAYS), tartu));
        badly(aizada).body(Map.of("callId", upcoming)).post(MINE).then().statusCode(409).body("currentStatus", equalTo("PUBLISHED"))
                .body("detail", org.hamcrest.Matchers.containsString("opens"));
        TestClock.at(CallFixtures.now().plus(31, ChronoUnit.DAYS));
        badly(aizada).body(Map.of("callId", call)).post(MINE).then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        assertThat(count("applicantSubject = ?1", aizada.subject())).isZero();
    }

    @Test
    void savingRefusesPreferencesOutsideTheCallTwiceOrTooManyAndPeriodsOutsideTheLimits() {
        Person aizada = Person.fresh("Aizada");
        JsonPath created = apply(aizada, call);
        String id = created.getString("id");
        as(aizada).body(draft(0, tartu)).put(MINE + "/" + id).then().statusCode(200).body("version", equalTo(1));
        String outsider = CallFixtures.partner("Graz");

        badly(aizada).body(draft(1, outsider)).put(MINE + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("preferences[0]"))
                .body("errors[0].code", equalTo("application.preferences.notInCall"));
        badly(aizada).body(draft(1, tartu, tartu)).put(MINE + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("preferences[1]"));
        badly(aizada).body(draft(1, tartu, milan, tartu)).put(MINE + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("preferences[2]"))
                .body("errors[0].code", equalTo("application.preferences.tooMany"));
        Map<String, Object> backwards = draft(1, tartu);
        backwards.put("plannedEnd", "2027-01-31");
        badly(aizada).body(backwards).put(MINE + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("plannedEnd"))
                .body("errors[0].code", equalTo("application.period.endBeforeStart"));
        Map<String, Object> tooShort = draft(1, tartu);
        tooShort.put("plannedEnd", "2027-03-29"); // 59 days in 30-day months
        badly(aizada).body(tooShort).put(MINE + "/" + id).then().statusCode(422).body("errors[0].code", equalTo("application.period.tooShort"));
        Map<String, Object> tooLong = draft(1, tartu);
        tooLong.put("plannedEnd", "2028-02-01"); // 361 days
        badly(aizada).body(tooLong).put(MINE + "/" + id).then().statusCode(422).body("errors[0].code", equalTo("application.period.tooLong"));
        Map<String, Object> twoMonths = draft(1, tartu);
        twoMonths.put("plannedEnd", "2027-03-31");
        Map<String, Object> wordy = draft(1, tartu);
        wordy.put("motivation", "x".repeat(10_001));
        badly(aizada).body(wordy).put(MINE + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("motivation"));
        badly(aizada).body(draft(0, tartu)).put(MINE + "/" + id).then().statusCode(409).body("currentVersion", equalTo(1))
                .body("errors[0].field", equalTo("version"));
        Map<String, Object> noVersion = draft(1, tartu);
        noVersion.remove("version");
        badly(aizada).body(noVersion).put(MINE + "/" + id).then().statusCode(400);

        as(aizada).get(MINE + "/" + id).then().body("version", equalTo(1)).body("preferences.id", contains(tartu))
                .body("plannedEnd", equalTo("2027-06-30"));
        // the boundaries are accepted; partial input too (autosave)
        as(aizada).body(twoMonths).put(MINE + "/" + id).then().statusCode(200).body("plannedEnd", equalTo("2027-03-31"));
        Map<String, Object> partial = new HashMap<>(Map.of("version", 2, "plannedStart", "2027-02-01"));
        as(aizada).body(partial).put(MINE + "/" + id).then().statusCode(200).body("preferences.size()", equalTo(0))
                .body("plannedEnd", nullValue()).body("motivation", nullValue());
    }

    @Test
    void anIncompleteOrIneligibleApplicationIsNotSubmittedAndTheRefusalListsWhatIsMissing() {
        Person aizada = Person.fresh("Aizada");
        String id = apply(aizada, call).getString("id");
        badly(aizada).post(MINE + "/" + id + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("checklist.PROFILE")).body("errors.field", hasItem("preferences"))
                .body("errors.field", hasItem("plannedStart")).body("errors.field", hasItem("motivation"))
                .body("errors.field", hasItem("documents.MOTIVATION_LETTER")).body("errors.field", hasItem("eligibility.studyCycle"))
                .body("errors.field", not(hasItem("documents.OTHER[Medical certificate]")));

        Map<String, Object> weak = studentProfile();
        weak.put("gradeAverage", 79);
        weak.put("gradeScale", 100);
        weak.put("languages", List.of(Map.of("language", "en", "cefrLevel", "B1")));
        profile(aizada, weak);
        as(aizada).body(draft(0, tartu)).put(MINE + "/" + id).then().statusCode(200);
        upload(aizada, id, "MOTIVATION_LETTER", "letter.pdf", pdf(100));
        badly(aizada).post(MINE + "/" + id + "/submit").then().statusCode(422)
                .body("errors.field", contains("eligibility.gradeAverage", "eligibility.languages.en"));
        as(aizada).get(MINE + "/" + id).then().body("status", equalTo("DRAFT")).body("receiptNumber", nullValue())
                .body("checklist.find { it.item == 'ELIGIBILITY' }.problems.key", contains("application.eligibility.gradeAverage",
                        "application.eligibility.languageLevel"));
    }

    @Test
    void theDeadlineIsTheFirstInstantNotAccepted() {
        Instant deadline = CallFixtures.now().plus(3, ChronoUnit.HOURS);
        String closing = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), deadline, tartu, milan));
        assertDeadline(closing, deadline);
    }

    /** 2027-03-28 in Berlin: clocks jump from 02:00 to 03:00, so 02:30 does not exist; the deadline is 03:00 CEST = 01:00 UTC. */
    @Test
    void aDeadlineRightAfterTheSpringDaylightSavingChangeInBerlin() {
        CallFixtures.home("Europe/Berlin");
        Instant deadline = Instant.parse("2027-03-28T01:00:00Z");
        String closing = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), deadline, tartu, milan));
        as(Person.fresh("Check")).get("/api/v1/public/calls/" + closing).then().body("schedule.deadlineLocal", equalTo("2027-03-28T03:00:00+02:00"));
        assertDeadline(closing, deadline);
    }

    /** 2027-10-31 in Berlin: 02:30 happens twice (CEST, then CET); the deadline is the second one, 01:30 UTC. */
    @Test
    void aDeadlineAtTheAmbiguousAutumnHourInBerlin() {
        CallFixtures.home("Europe/Berlin");
        Instant deadline = Instant.parse("2027-10-31T01:30:00Z");
        String closing = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), deadline, tartu, milan));
        as(Person.fresh("Check")).get("/api/v1/public/calls/" + closing).then().body("schedule.deadlineLocal", equalTo("2027-10-31T02:30:00+01:00"));
        // at the first 02:30 (CEST, an hour before) applications are still accepted
        Person early = Person.fresh("Early");
        String id = complete(early, closing);
        TestClock.at(Instant.parse("2027-10-31T00:30:00Z"));
        as(early).post(MINE + "/" + id + "/submit").then().statusCode(200);
        assertDeadline(closing, deadline);
    }

    private void assertDeadline(String callId, Instant deadline) {
        Person inTime = Person.fresh("Intime");
        Person atDeadline = Person.fresh("Atdeadline");
        Person late = Person.fresh("Late");
        String inTimeId = complete(inTime, callId);
        String atId = complete(atDeadline, callId);
        String lateId = complete(late, callId);

        TestClock.at(deadline.minusSeconds(1));
        as(inTime).post(MINE + "/" + inTimeId + "/submit").then().statusCode(200).body("submittedAt", equalTo(deadline.minusSeconds(1).toString()));
        TestClock.at(deadline);
        badly(atDeadline).post(MINE + "/" + atId + "/submit").then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        badly(inTime).post(MINE + "/" + inTimeId + "/withdraw").then().statusCode(409);
        // repeat-safe after the deadline too
        as(inTime).post(MINE + "/" + inTimeId + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        TestClock.at(deadline.plusSeconds(1));
        badly(late).post(MINE + "/" + lateId + "/submit").then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
        badly(late).body(draft(1, tartu)).put(MINE + "/" + lateId).then().statusCode(409);
        as(late).get(MINE + "/" + lateId).then().body("status", equalTo("DRAFT"));
        as(atDeadline).get(MINE + "/" + atId).then().body("status", equalTo("DRAFT")).body("receiptNumber", nullValue());
    }

    /** E-mails are in the language Accept-Language names on submission, else in the one named when the profile was saved. */
    @Test
    void applicantsLearnOfChangesToTheCallTheyAppliedToInTheirLanguage() throws Exception {
        Person submitter = Person.fresh("Submitter");
        Person russian = Person.fresh("Russian");
        Person kazakh = Person.fresh("Kazakh");
        Person drafter = Person.fresh("Drafter");
        Person withdrawer = Person.fresh("Withdrawer");
        String submitted = complete(submitter, call);
        as(submitter).post(MINE + "/" + submitted + "/submit").then().statusCode(200);
        String inRussian = complete(russian, call);
        String russianReceipt = as(russian).header("Accept-Language", "ru-RU, en;q=0.5").post(MINE + "/" + inRussian + "/submit").then()
                .statusCode(200).extract().path("receiptNumber");
        String inKazakh = complete(kazakh, call);
        int profileVersion = as(kazakh).get("/api/v1/me/profile").then().extract().path("version");
        Map<String, Object> profile = new HashMap<>(studentProfile());
        profile.put("version", profileVersion);
        as(kazakh).header("Accept-Language", "kk").body(profile).put("/api/v1/me/profile").then().statusCode(200)
                .body("version", equalTo(profileVersion + 1));
        as(kazakh).post(MINE + "/" + inKazakh + "/submit").then().statusCode(200);
        Mail russianReceiptMail = ApplicationFixtures.mailsTo(mailbox, russian.email(), 1).get(0);
        assertThat(russianReceiptMail.getSubject()).isEqualTo("Заявка получена: " + russianReceipt + " - Обмен Erasmus+ 2026/2027");
        assertThat(russianReceiptMail.getText()).startsWith("Здравствуйте, Aizada Toktogulova!").contains("Номер квитанции: " + russianReceipt)
                .contains("Мотивационное письмо: letter.pdf");
        // no Kazakh title: the English one, in a Kazakh e-mail
        assertThat(ApplicationFixtures.mailsTo(mailbox, kazakh.email(), 1).get(0).getSubject())
                .matches("Өтінім қабылданды: MD-\\d{4}-\\d{6} - Erasmus\\+ study exchange 2026/2027");
        String drafted = apply(drafter, call).getString("id");
        String withdrawn = apply(withdrawer, call).getString("id");
        as(withdrawer).post(MINE + "/" + withdrawn + "/withdraw").then().statusCode(200);

        int version = ApplicationFixtures.coordinator().get("/api/v1/calls/" + call).then().extract().path("version");
        Map<String, Object> change = callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), CallFixtures.now().plus(40, ChronoUnit.DAYS), tartu, milan);
        change.put("version", version);
        change.put("changeReason", "Tartu extended its nomination deadline");
        ApplicationFixtures.coordinator().body(change).put("/api/v1/calls/" + call).then().statusCode(200);

        as(submitter).get(MINE + "/" + submitted).then().body("timeline.kind", contains("CREATED", "SUBMITTED", "CALL_CHANGED"))
                .body("timeline[2].detail", equalTo("Tartu extended its nomination deadline"));
        as(drafter).get(MINE + "/" + drafted).then().body("timeline.kind", contains("CREATED", "CALL_CHANGED"));
        as(withdrawer).get(MINE + "/" + withdrawn).then().body("timeline.kind", contains("CREATED", "WITHDRAWN"));
        List<Mail> mails = ApplicationFixtures.mailsTo(mailbox, submitter.email(), 2);
        assertThat(mails).extracting(Mail::getSubject).anyMatch(s -> s.startsWith("The call you applied to was changed"));
        assertThat(mails.get(1).getText()).contains("Reason: Tartu extended its nomination deadline").contains("Changed: deadline");
        assertThat(ApplicationFixtures.mailsTo(mailbox, drafter.email(), 1)).isEmpty();
        Mail russianChange = ApplicationFixtures.mailsTo(mailbox, russian.email(), 2).get(1);
        assertThat(russianChange.getSubject()).isEqualTo("Конкурс, на который вы подали заявку, изменён: Обмен Erasmus+ 2026/2027");
        assertThat(russianChange.getText()).contains("Причина: Tartu extended its nomination deadline").contains("Изменено: окончание приёма");
        Mail kazakhChange = ApplicationFixtures.mailsTo(mailbox, kazakh.email(), 2).get(1);
        assertThat(kazakhChange.getSubject()).startsWith("Сіз өтінім берген конкурс өзгертілді: ");
        assertThat(kazakhChange.getText()).contains("Өзгертілгені: қабылдау мерзімі");
    }

    @Test
    void theApplicantReadsTheEligibilityDecisionAndItsReasonButNeverTheCoordinatorsNote() {
        Person person = Person.fresh("Decided");
        String id = complete(person, call);
        as(person).post(MINE + "/" + id + "/submit").then().statusCode(200);
        int version = ApplicationFixtures.coordinator().get("/api/v1/applications/" + id).then().statusCode(200).extract().path("version");
        ApplicationFixtures.coordinator().body(Map.of("version", version, "note", "Ask Tartu about a second place"))
                .put("/api/v1/applications/" + id + "/note").then().statusCode(200);
        ApplicationFixtures.coordinator().body(Map.of("version", version + 1, "decision", "INELIGIBLE", "reason", "Grade average below 4.0 of 5"))
                .put("/api/v1/applications/" + id + "/eligibility").then().statusCode(200);

        String body = as(person).get(MINE + "/" + id).then().statusCode(200)
                .body("eligibility", equalTo("INELIGIBLE")).body("eligibilityReason", equalTo("Grade average below 4.0 of 5"))
                .body("timeline.kind", contains("CREATED", "SUBMITTED", "ELIGIBILITY_DECIDED"))
                .body("timeline[2].decision", equalTo("INELIGIBLE")).body("timeline[2].detail", equalTo("Grade average below 4.0 of 5"))
                .extract().asString();
        assertThat(body).doesNotContain("Ask Tartu").doesNotContain("coordinatorNote");
    }
}
