package org.mobilitydesk.selection.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.selection.panel.SelectionEvent;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.junit.QuarkusTest;

/** The commission decides on a current run, which locks the scores until reopened (issue 12, slice 6). */
@QuarkusTest
class DecisionApiTest extends SelectionApiTestBase {

    private String decision() {
        return "/api/v1/calls/" + call + "/decision";
    }

    private static Map<String, Object> decisionBody(String runId, LocalDate day, List<String> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("runId", runId);
        body.put("meetingDate", day.toString());
        body.put("members", members);
        body.put("remarks", "  Unanimous.  ");
        return body;
    }

    /**
     * A day the commission may have met: the fixed clock is 31 days ahead, and today in Bishkek (UTC+6) is the next UTC
     * day from 18:00 UTC, so three days later is always after it.
     */
    private static LocalDate meetingDay() {
        return LocalDate.now().plusDays(30);
    }

    private String decided() {
        String runId = run(as("coordinator"), allocations()).getString("id");
        as("coordinator").body(decisionBody(runId, meetingDay(), List.of("Dr. Aibek Sultanov (chair)", "Nurlan Asanov"))).post(decision())
                .then().statusCode(200).body("inForce.runId", equalTo(runId)).body("inForce.remarks", equalTo("Unanimous."))
                .body("inForce.members", contains("Dr. Aibek Sultanov (chair)", "Nurlan Asanov")).body("reopened", hasSize(0));
        return runId;
    }

    @Test
    void theDecisionLocksTheScoresUntilReopenedWithAReason() {
        Map<String, UUID> c = fiveCandidates();
        as("coordinator").get(decision()).then().statusCode(200).body("reopened", hasSize(0)).body("inForce", equalTo(null));
        String runId = decided();
        assertThat(events(call, SelectionEvent.Kind.DECIDED)).isEqualTo(1);

        UUID elnura = c.get("elnura");
        badRequestAs(aigerim).body(Map.of("conflict", false)).put("/api/v1/evaluations/applications/" + elnura + "/declaration")
                .then().statusCode(409).body("errors[0].code", equalTo("panel.decided"));
        badRequestAs("coordinator").body(Map.of("version", 1, "mode", "ALL", "minEvaluations", 1, "members", List.of(gulnara.subject())))
                .put("/api/v1/calls/" + call + "/panel").then().statusCode(409).body("errors[0].code", equalTo("panel.decided"));
        badRequestAs("coordinator").body(decisionBody(runId, meetingDay(), List.of("Nurlan Asanov"))).post(decision())
                .then().statusCode(409).body("errors[0].code", equalTo("commission.decision.alreadyDecided"));

        badRequestAs("coordinator").body(Map.of("reason", " ")).post(decision() + "/reopen").then().statusCode(400);
        as("coordinator").body(Map.of("reason", "Elnura's second evaluation was missing")).post(decision() + "/reopen").then().statusCode(200)
                .body("inForce", equalTo(null)).body("reopened[0].reopenedReason", equalTo("Elnura's second evaluation was missing"))
                .body("reopened[0].reopenedBy", equalTo("coordinator-user")).body("reopened[0].reopenedAt", notNullValue());
        assertThat(events(call, SelectionEvent.Kind.REOPENED)).isEqualTo(1);
        as(aigerim).body(Map.of("conflict", false)).put("/api/v1/evaluations/applications/" + elnura + "/declaration").then().statusCode(200);
        badRequestAs("coordinator").post(decision() + "/reopen").then().statusCode(400);
        badRequestAs("coordinator").body(Map.of("reason", "Again")).post(decision() + "/reopen").then().statusCode(409)
                .body("errors[0].code", equalTo("commission.decision.notDecided"));
    }

    @Test
    void aScoreAfterTheDecisionIsRefusedAndNothingIsStored() {
        UUID asel = candidate("Asel", "2026-11-02T05:00:00Z", tartu);
        allToAll(gulnara, aigerim);
        scored(asel, gulnara, 8);
        afterTheDeadline();
        as(aigerim).body(Map.of("conflict", false)).put("/api/v1/evaluations/applications/" + asel + "/declaration").then().statusCode(200);
        decided();
        String evaluation = "/api/v1/evaluations/applications/" + asel + "/evaluation";
        badRequestAs(aigerim).body(Map.of("scores", List.of(Map.of("criterion", 0, "score", 6)), "version", 0)).put(evaluation)
                .then().statusCode(409).body("errors[0].code", equalTo("scoring.decided"));
        as(aigerim).get(evaluation).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void aDecisionNeedsACurrentRunOfTheCallAPastMeetingAndMembers() {
        Map<String, UUID> c = fiveCandidates();
        String runId = run(as("coordinator"), allocations()).getString("id");
        badRequestAs("coordinator").body(decisionBody(runId, meetingDay().plusDays(3), List.of("Nurlan Asanov"))).post(decision())
                .then().statusCode(422).body("errors[0].code", equalTo("commission.decision.meetingInFuture")).body("errors[0].field", equalTo("meetingDate"));
        badRequestAs("coordinator").body(decisionBody(UUID.randomUUID().toString(), meetingDay(), List.of("Nurlan Asanov"))).post(decision())
                .then().statusCode(422).body("errors[0].code", equalTo("commission.decision.unknownRun"));
        badRequestAs("coordinator").body(decisionBody(runId, meetingDay(), List.of())).post(decision()).then().statusCode(400);
        badRequestAs("coordinator").body(decisionBody(runId, meetingDay(), List.of(" "))).post(decision()).then().statusCode(400);
        for (String role : List.of("evaluator", "applicant")) {
            badRequestAs(role).body(decisionBody(runId, meetingDay(), List.of("Nurlan Asanov"))).post(decision()).then().statusCode(403);
            badRequestAs(role).accept("*/*").get(decision() + "/minutes").then().statusCode(403);
        }
        scored(c.get("elnura"), aigerim, 3);
        badRequestAs("coordinator").body(decisionBody(runId, meetingDay(), List.of("Nurlan Asanov"))).post(decision())
                .then().statusCode(409).body("errors[0].code", equalTo("commission.decision.runOutOfDate"));
        badRequestAs("coordinator").accept("*/*").get(decision() + "/minutes").then().statusCode(409).body("errors[0].code", equalTo("commission.decision.notDecided"));
        assertThat(events(call, SelectionEvent.Kind.DECIDED)).isZero();
        as("coordinator").get(decision()).then().statusCode(200).body("inForce", equalTo(null));
    }

    @Test
    void twoCoordinatorsDecidingAtOnceOneIsRefused() throws Exception {
        fiveCandidates();
        String runId = run(as("coordinator"), allocations()).getString("id");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tries.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return badRequestAs("coordinator").body(decisionBody(runId, meetingDay(), List.of("Nurlan Asanov"))).post(decision()).statusCode();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> t : tries) {
            statuses.add(t.get(30, TimeUnit.SECONDS));
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(events(call, SelectionEvent.Kind.DECIDED)).isEqualTo(1);
    }

    @Test
    void theMinutesAndTheRankingExportPrintWhatWasDecided() throws IOException {
        UUID other = ReviewFixtures.call("Other", CRITERIA, tartu);
        fiveCandidates();
        String runId = decided();
        byte[] pdf = as("coordinator").accept("*/*").get(decision() + "/minutes").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"minutes-erasmus-allocation-2026-2027-")).extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Minutes of the selection commission", "Erasmus+ allocation 2026/2027", "Dr. Aibek Sultanov (chair); Nurlan Asanov",
                "Unanimous.", "Motivation", "Grade average, computed", "the higher score on Motivation", "Chynara Toktogulova", "76.40",
                "Reserve, position 1", "Not ranked: evaluations missing", gulnara.displayName(), "No conflict of interest was declared.",
                "Allocation run " + runId);

        String csv = new String(as("coordinator").accept("*/*").get(allocations() + "/" + runId + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFRank,Receipt number,Applicant,Motivation,Grade average,Total,Outcome,Partner,Preference,"
                + "Reserve position,Above the next by,Explanation");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).startsWith("3,").contains("Chynara Toktogulova,7.00,8.60,76.40,PLACED,").contains("(your 2nd choice): placed.");

        byte[] xlsx = as("coordinator").accept("*/*").queryParam("format", "xlsx").get(allocations() + "/" + runId + "/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Ranking").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Asel Toktogulova");
            assertThat(workbook.getSheet("Ranking").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(88.4);
        }
        badRequestAs("coordinator").accept("*/*").queryParam("format", "pdf").get(allocations() + "/" + runId + "/export").then().statusCode(400);
        badRequestAs("evaluator").accept("*/*").get(allocations() + "/" + runId + "/export").then().statusCode(403);
        badRequestAs("coordinator").accept("*/*").get("/api/v1/calls/" + other + "/allocations/" + runId + "/export").then().statusCode(404);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replace('\n', ' ').replaceAll(" +", " ");
    }
}
