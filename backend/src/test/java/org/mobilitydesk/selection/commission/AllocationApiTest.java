package org.mobilitydesk.selection.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.time.Instant;
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

/** Coordinators run the allocation as a preview (issue 12, slice 5), on the call of {@link SelectionApiTestBase}. */
@QuarkusTest
class AllocationApiTest extends SelectionApiTestBase {

    @Test
    void aPreviewRanksAllocatesAndExplainsEachOutcome() {
        Map<String, UUID> c = fiveCandidates();
        JsonPath run = run(as("coordinator"), allocations());
        String id = run.getString("id");
        assertThat(run.getString("rulesVersion")).isEqualTo("1");
        assertThat(run.getBoolean("current")).isTrue();
        assertThat(run.getList("tieBreaks")).containsExactly("HEAVIEST_CRITERION", "EARLIER_SUBMISSION", "APPLICATION_ID");
        assertThat(run.getInt("heaviestCriterion")).isZero();
        assertThat(run.getMap("counts")).containsExactlyInAnyOrderEntriesOf(
                Map.of("candidates", 5, "ranked", 4, "placed", 3, "reserve", 1, "notSelected", 0, "incomplete", 1));
        assertThat(run.getList("partners.partner.id")).containsExactly(tartu.toString(), milan.toString());
        assertThat(run.getList("partners.filled")).containsExactly(2, 1);
        assertThat(run.getList("partners.places")).containsExactly(2, 2);
        assertThat(events(call, SelectionEvent.Kind.ALLOCATION_RUN)).isEqualTo(1);

        JsonPath page = as("coordinator").get(allocations() + "/" + id + "/outcomes").then().statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(5)).extract().jsonPath();
        assertThat(page.getList("items.applicationId")).containsExactly(c.get("asel").toString(), c.get("bakyt").toString(),
                c.get("chynara").toString(), c.get("daniyar").toString(), c.get("elnura").toString());
        assertThat(page.getList("items.status")).containsExactly("PLACED", "PLACED", "PLACED", "RESERVE", "INCOMPLETE");
        assertThat(page.getList("items.rank")).containsExactly(1, 2, 3, 4, null);
        assertThat(page.getList("items.total", String.class)).containsExactly("88.4", "82.4", "76.4", "70.4", null);
        assertThat(page.getList("items.decidedBy")).containsExactly("TOTAL", "TOTAL", "TOTAL", null, null);
        assertThat(page.getList("items[2].scores", String.class)).containsExactly("7.0", "8.6");
        assertThat(page.getList("items[4].scores", String.class)).containsExactly("10.0", "8.6");
        assertThat(page.getString("items[2].applicantName")).isEqualTo("Chynara Toktogulova");
        assertThat(page.getString("items[2].partnerId")).isEqualTo(milan.toString());
        assertThat(page.getInt("items[2].preference")).isEqualTo(2);
        assertThat(page.getInt("items[3].reservePosition")).isEqualTo(1);

        String tartuName = run.getString("partners[0].partner.name");
        String milanName = run.getString("partners[1].partner.name");
        assertThat(page.getList("items[2].explanation.code")).containsExactly("RANK", "PREFERENCE_FULL", "PLACED");
        assertThat(String.join(" ", page.<String>getList("items[2].explanation.text"))).isEqualTo("Rank 3 of 4, total 76.40. "
                + tartuName + " (your 1st choice): places 2, both taken by ranks 1 and 2. " + milanName + " (your 2nd choice): placed.");
        assertThat(page.getMap("items[2].explanation[1].args")).containsEntry("partnerId", tartu.toString()).containsEntry("places", 2)
                .containsEntry("takenByRanks", List.of(1, 2));
        assertThat(String.join(" ", page.<String>getList("items[3].explanation.text"))).isEqualTo("Rank 4 of 4, total 70.40. "
                + tartuName + " (your 1st choice): places 2, both taken by ranks 1 and 2. Reserve list, position 1.");
        assertThat(page.getList("items[4].explanation.text")).containsExactly(
                "Not ranked: Motivation has fewer than the 2 submitted evaluations required.");
    }

    @Test
    void outcomesArePagedAndFilteredByStatus() {
        fiveCandidates();
        String id = run(as("coordinator"), allocations()).getString("id");
        as("coordinator").queryParam("status", "PLACED").queryParam("size", 2).queryParam("page", 1).get(allocations() + "/" + id + "/outcomes")
                .then().statusCode(200).body("total", equalTo(3)).body("items.rank", contains(3));
        as("coordinator").queryParam("status", "RESERVE").get(allocations() + "/" + id + "/outcomes").then().statusCode(200)
                .body("total", equalTo(1)).body("items.reservePosition", contains(1));
        badRequestAs("coordinator").queryParam("status", "WINNER").get(allocations() + "/" + id + "/outcomes").then().statusCode(400);
        badRequestAs("coordinator").queryParam("size", 0).get(allocations() + "/" + id + "/outcomes").then().statusCode(400);
    }

    @Test
    void aRunKnowsWhenItsInputsChangedAndTheSameInputsGiveTheSameRun() {
        Map<String, UUID> c = fiveCandidates();
        JsonPath first = run(as("coordinator"), allocations());
        TestClock.at(Instant.now().plus(32, ChronoUnit.DAYS)); // the list is newest first
        JsonPath again = run(as("coordinator"), allocations());
        assertThat(hash(again.getString("id"))).isEqualTo(hash(first.getString("id")));
        assertThat(rows(again.getString("id"))).isEqualTo(rows(first.getString("id")));
        reproduces(first.getString("id"));

        scored(c.get("elnura"), aigerim, 10); // Elnura (94.40) now ranks first and takes Milan
        as("coordinator").get(allocations() + "/" + first.getString("id")).then().statusCode(200).body("current", equalTo(false));
        TestClock.at(Instant.now().plus(33, ChronoUnit.DAYS));
        JsonPath second = run(as("coordinator"), allocations());
        assertThat(second.getMap("counts")).containsEntry("ranked", 5).containsEntry("placed", 4).containsEntry("incomplete", 0);
        as("coordinator").get(allocations() + "/" + second.getString("id")).then().statusCode(200).body("current", equalTo(true));
        reproduces(second.getString("id"));

        as("coordinator").get(allocations()).then().statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(second.getString("id"), again.getString("id"), first.getString("id")))
                .body("items[0].createdBy", equalTo("coordinator-user")).body("items[0].counts.ranked", equalTo(5));
    }

    @Test
    void onlyCoordinatorsRunAndReadAndOnlyAClosedCallRuns() {
        UUID asel = candidate("Asel", "2026-11-02T05:00:00Z", tartu);
        UUID other = ReviewFixtures.call("Another call", CRITERIA, tartu);
        allToAll(gulnara, aigerim);
        scoredByBoth(asel, 9);
        badRequestAs("coordinator").post(allocations()).then().statusCode(409).body("errors[0].code", equalTo("commission.run.callNotClosed"));
        afterTheDeadline();
        String id = run(as("admin"), allocations()).getString("id");
        for (String role : List.of("applicant", "evaluator")) {
            badRequestAs(role).post(allocations()).then().statusCode(403);
            badRequestAs(role).get(allocations() + "/" + id + "/outcomes").then().statusCode(403);
        }
        badRequestAs(gulnara).get(allocations() + "/" + id).then().statusCode(403);
        assertThat(events(call, SelectionEvent.Kind.ALLOCATION_RUN)).isEqualTo(1);

        as("coordinator").get("/api/v1/calls/" + other + "/allocations/" + id).then().statusCode(404).body("$", not(hasKey("items")));
        as("coordinator").get("/api/v1/calls/" + other + "/allocations/" + id + "/outcomes").then().statusCode(404);
        badRequestAs("coordinator").post("/api/v1/calls/" + UUID.randomUUID() + "/allocations").then().statusCode(404);
    }

    private static String hash(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> SelectionRun.<SelectionRun>findById(UUID.fromString(runId)).inputHash);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> rows(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) SelectionRun.getEntityManager().createNativeQuery(
                "select position, application_id, status, rank, total, partner_id, preference, reserve_position, decided_by, cast(scores as text),"
                        + " cast(explanation as text) from selection_outcome where run_id = ?1 order by position")
                .setParameter(1, UUID.fromString(runId)).getResultList()).stream().map(Arrays::asList).toList());
    }

    /** The stored input, read back and allocated again by the domain, gives the stored outcomes. */
    private void reproduces(String runId) {
        SelectionInput input = QuarkusTransaction.requiringNew()
                .call(() -> json.convertValue(SelectionRun.<SelectionRun>findById(UUID.fromString(runId)).input, SelectionInput.class));
        SelectionResult result = Allocation.allocate(input);
        List<List<Object>> stored = rows(runId);
        assertThat(result.outcomes()).hasSameSizeAs(stored);
        for (int i = 0; i < stored.size(); i++) {
            Outcome o = result.outcomes().get(i);
            assertThat(List.<Object>of(o.applicationId(), o.status().name(), String.valueOf(o.rank()), String.valueOf(o.partnerId())))
                    .containsExactly(stored.get(i).get(1), stored.get(i).get(2), String.valueOf(stored.get(i).get(3)), String.valueOf(stored.get(i).get(5)));
        }
    }
}
