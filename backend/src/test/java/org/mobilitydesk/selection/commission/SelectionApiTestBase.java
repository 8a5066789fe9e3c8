package org.mobilitydesk.selection.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.common.TestClock;
import org.mobilitydesk.selection.Allocation;
import org.mobilitydesk.selection.Outcome;
import org.mobilitydesk.selection.SelectionInput;
import org.mobilitydesk.selection.SelectionResult;
import org.mobilitydesk.selection.panel.PanelApiTestBase;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.panel.StoredEvaluation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A closed call scored by a panel of two, for the allocation and decision tests. The call: motivation (60 %, max 10)
 * scored by two evaluators and the grade average (40 %, max 10) computed; every fixture profile has 4.30 of 5, so a
 * candidate scored s by both has 6 × s + 34.40. Tartu and Milan have two places each.
 */
public abstract class SelectionApiTestBase extends PanelApiTestBase {

    protected static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("name", Map.of("en", "Motivation"), "weight", 60, "maxScore", 10),
            Map.of("name", Map.of("en", "Grade average"), "weight", 40, "maxScore", 10, "kind", "GRADE_AVERAGE"));

    @Inject
    ObjectMapper json;

    protected UUID milan;
    protected Person gulnara;
    protected Person aigerim;

    @BeforeEach
    void aScoredCall() {
        milan = ReviewFixtures.partner("Milan");
        call = ReviewFixtures.call("Erasmus+ allocation 2026/2027", CRITERIA, tartu, milan);
        gulnara = evaluator("Gulnara");
        aigerim = evaluator("Aigerim");
    }

    protected String allocations() {
        return "/api/v1/calls/" + call + "/allocations";
    }

    protected UUID candidate(String given, String submittedAt, UUID... preferences) {
        return ReviewFixtures.application(call).named(given, "Toktogulova").at(submittedAt).ranking(preferences).eligible().save();
    }

    /** A submitted evaluation of the motivation, as an evaluator of the panel would have given it. */
    protected void scored(UUID application, Person evaluator, int motivation) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvaluation e = new StoredEvaluation();
            e.applicationId = application;
            e.evaluatorSubject = evaluator.subject();
            e.callId = call;
            e.status = StoredEvaluation.Status.SUBMITTED;
            e.scores = List.of(new StoredEvaluation.Score(0, motivation, null));
            e.submittedAt = Instant.parse("2026-12-01T08:00:00Z");
            e.updatedAt = e.submittedAt;
            e.version = 2;
            e.persist();
        });
    }

    protected void scoredByBoth(UUID application, int motivation) {
        scored(application, gulnara, motivation);
        scored(application, aigerim, motivation);
    }

    /** Four complete candidates and one with a single evaluation, the panel set and the call closed. */
    protected Map<String, UUID> fiveCandidates() {
        UUID asel = candidate("Asel", "2026-11-02T05:00:00Z", tartu, milan);
        UUID bakyt = candidate("Bakyt", "2026-11-02T06:00:00Z", tartu);
        UUID chynara = candidate("Chynara", "2026-11-02T07:00:00Z", tartu, milan);
        UUID daniyar = candidate("Daniyar", "2026-11-02T08:00:00Z", tartu);
        UUID elnura = candidate("Elnura", "2026-11-02T09:00:00Z", milan);
        allToAll(gulnara, aigerim);
        scoredByBoth(asel, 9);
        scoredByBoth(bakyt, 8);
        scoredByBoth(chynara, 7);
        scoredByBoth(daniyar, 6);
        scored(elnura, gulnara, 10);
        afterTheDeadline();
        return Map.of("asel", asel, "bakyt", bakyt, "chynara", chynara, "daniyar", daniyar, "elnura", elnura);
    }

    /** The commission decides on a fresh allocation run. */
    protected void decide() {
        String runId = run(as("coordinator"), allocations()).getString("id");
        as("coordinator").body(Map.of("runId", runId, "meetingDate", LocalDate.now().plusDays(30).toString(), "members", List.of("Nurlan Asanov")))
                .post("/api/v1/calls/" + call + "/decision").then().statusCode(200);
    }

    protected static JsonPath run(RequestSpecification as, String path) {
        return as.post(path).then().statusCode(201).extract().jsonPath();
    }
}
