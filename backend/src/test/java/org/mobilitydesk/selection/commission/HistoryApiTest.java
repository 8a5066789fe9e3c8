package org.mobilitydesk.selection.commission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Coordinators read a call's selection trail (issue 12 §8), newest first, filtered by kind. */
@QuarkusTest
class HistoryApiTest extends SelectionApiTestBase {

    private String history() {
        return "/api/v1/calls/" + call + "/selection-history";
    }

    @Test
    void theTrailSaysWhoDidWhatAndWhenNewestFirst() {
        Map<String, UUID> c = fiveCandidates();
        as(aigerim).body(Map.of("conflict", false)).put("/api/v1/evaluations/applications/" + c.get("elnura") + "/declaration").then().statusCode(200);
        String runId = run(as("coordinator"), allocations()).getString("id");
        as("coordinator").body(Map.of("runId", runId, "meetingDate", LocalDate.now().plusDays(30).toString(), "members", List.of("Nurlan Asanov")))
                .post("/api/v1/calls/" + call + "/decision").then().statusCode(200);

        as("coordinator").get(history()).then().statusCode(200).body("total", equalTo(4))
                .body("items.kind", contains("DECIDED", "ALLOCATION_RUN", "DECLARED_NO_CONFLICT", "PANEL_SET"))
                .body("items[0].detail.runId", equalTo(runId)).body("items[0].detail.members", contains("Nurlan Asanov"))
                .body("items[1].detail.placed", equalTo(3))
                .body("items[2].actor", equalTo(aigerim.displayName())).body("items[2].receiptNumber", equalTo(receipt(c.get("elnura"))));
        as("coordinator").queryParam("kind", "ALLOCATION_RUN").get(history()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].detail.runId", equalTo(runId));
        as("coordinator").queryParam("size", 1).queryParam("page", 3).get(history()).then().body("items.kind", contains("PANEL_SET"));
        badRequestAs("coordinator").queryParam("kind", "HACKED").get(history()).then().statusCode(400);
        badRequestAs("evaluator").get(history()).then().statusCode(403);
        badRequestAs(aigerim).get(history()).then().statusCode(403);
        badRequestAs("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/selection-history").then().statusCode(404);
    }

    private String receipt(UUID application) {
        return as("coordinator").get("/api/v1/applications/" + application).then().statusCode(200).extract().path("receiptNumber");
    }
}
