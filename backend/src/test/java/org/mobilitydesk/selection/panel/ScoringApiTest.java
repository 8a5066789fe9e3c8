package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.common.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Evaluators score blind (issue 12, slice 4). The call: motivation (50 %, max 10) and interview (30 %, max 10) scored by
 * evaluators, the grade average (10 %, max 10) and the English level (10 %, max 10) computed; every fixture profile has
 * 4.30 of 5 and English B2.
 */
@QuarkusTest
class ScoringApiTest extends PanelApiTestBase {

    private static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("name", Map.of("en", "Motivation"), "weight", 50, "maxScore", 10, "description", Map.of("en", "Clear goals for the stay")),
            Map.of("name", Map.of("en", "Interview"), "weight", 30, "maxScore", 10),
            Map.of("name", Map.of("en", "Grade average"), "weight", 10, "maxScore", 10, "kind", "GRADE_AVERAGE"),
            Map.of("name", Map.of("en", "English"), "weight", 10, "maxScore", 10, "kind", "LANGUAGE_LEVEL", "language", "en"));

    @BeforeEach
    void aCallWithScoredAndComputedCriteria() {
        call = ReviewFixtures.call("Erasmus+ scored selection 2026/2027", CRITERIA, tartu);
    }

    private static String evaluation(UUID id) {
        return "/api/v1/evaluations/applications/" + id + "/evaluation";
    }

    private String scores() {
        return "/api/v1/calls/" + call + "/scores";
    }

    private void declare(Person evaluator, UUID id, boolean conflict) {
        Map<String, Object> body = conflict ? Map.of("conflict", true, "note", "My neighbour's son") : Map.of("conflict", false);
        as(evaluator).body(body).put("/api/v1/evaluations/applications/" + id + "/declaration").then().statusCode(200);
    }

    private static Map<String, Object> draft(int version, Integer... scores) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                Map<String, Object> score = new HashMap<>(Map.of("criterion", i, "score", scores[i]));
                list.add(score);
            }
        }
        return Map.of("scores", list, "version", version);
    }

    private ValidatableResponse save(Person evaluator, UUID id, Map<String, Object> body) {
        return as(evaluator).body(body).put(evaluation(id)).then();
    }

    private ValidatableResponse submit(Person evaluator, UUID id, int version) {
        return as(evaluator).body(Map.of("version", version)).post(evaluation(id) + "/submit").then();
    }

    /** Declares no conflict, saves both scores and submits them. */
    private void scored(Person evaluator, UUID id, int motivation, int interview) {
        declare(evaluator, id, false);
        save(evaluator, id, draft(0, motivation, interview)).statusCode(200);
        submit(evaluator, id, 1).statusCode(200);
    }

    /** One eligible application, a panel of this evaluator and another, and the call closed. */
    private UUID assignedAfterTheDeadline(Person evaluator) {
        UUID id = eligible(call, "Aizada");
        allToAll(evaluator, evaluator("Aigerim"));
        afterTheDeadline();
        return id;
    }

    /** The body with its decimals exact, for totals and means. */
    private static JsonPath exact(ValidatableResponse response) {
        return JsonPath.from(response.extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static long stored(UUID application) {
        return QuarkusTransaction.requiringNew().call(() -> StoredEvaluation.count("applicationId", application));
    }

    @Test
    void aDraftThenASubmissionBlindUntilMineIsIn() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        UUID id = eligible(call, "Aizada");
        allToAll(gulnara, aigerim);
        afterTheDeadline();
        declare(gulnara, id, false);
        declare(aigerim, id, false);

        JsonPath fresh = exact(as(gulnara).get(evaluation(id)).then().statusCode(200)
                .body("status", equalTo("NOT_STARTED")).body("version", equalTo(0)).body("criteria.criterion", contains(0, 1))
                .body("criteria[0].name.en", equalTo("Motivation")).body("criteria[0].description.en", equalTo("Clear goals for the stay"))
                .body("criteria[0]", not(hasKey("score"))).body("computed.criterion", contains(2, 3)).body("$", not(hasKey("flags"))));
        assertThat(fresh.<BigDecimal>get("computed[0].value")).isEqualByComparingTo("8.60");
        assertThat(fresh.<BigDecimal>get("computed[1].value")).isEqualByComparingTo("6.67");

        Map<String, Object> partial = new HashMap<>(draft(0, 7));
        partial.put("scores", List.of(Map.of("criterion", 0, "score", 7, "comment", "  Clear goals  ")));
        save(gulnara, id, partial).statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("criteria[0].score", equalTo(7)).body("criteria[0].comment", equalTo("Clear goals")).body("criteria[1]", not(hasKey("score")));
        submit(gulnara, id, 1).statusCode(422).body("errors.code", contains("scoring.scoreMissing"))
                .body("errors[0].field", equalTo("scores")).body("errors[0].args.criterion", equalTo("1"));
        save(gulnara, id, draft(1, 7, 9)).statusCode(200).body("version", equalTo(2)).body("criteria[0]", not(hasKey("comment")));
        save(gulnara, id, draft(1, 7, 9)).statusCode(409).body("currentVersion", equalTo(2));
        submit(gulnara, id, 1).statusCode(409);
        assertThat(events(call, SelectionEvent.Kind.SCORED)).isZero();

        // Aigerim's draft is hers: Gulnara does not see it, before or after submitting
        save(aigerim, id, draft(0, 8, 6)).statusCode(200);
        submit(gulnara, id, 2).statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("criteria[0].others", empty()).body("flags.flag", contains("TOO_FEW_EVALUATIONS", "TOO_FEW_EVALUATIONS"));
        assertThat(events(call, SelectionEvent.Kind.SCORED)).isEqualTo(1);
        as(aigerim).get(evaluation(id)).then().statusCode(200).body("criteria[0].score", equalTo(8))
                .body("criteria[0]", not(hasKey("others"))).body("criteria[0]", not(hasKey("mean"))).body("$", not(hasKey("flags")));

        JsonPath open = exact(submit(aigerim, id, 1).statusCode(200).body("criteria[0].others.evaluator", contains(gulnara.displayName()))
                .body("criteria[0].others.score", contains(7)).body("criteria[1].others.score", contains(9)).body("flags", empty()));
        assertThat(open.<BigDecimal>get("criteria[0].mean")).isEqualByComparingTo("7.50");
        assertThat(open.<BigDecimal>get("criteria[1].mean")).isEqualByComparingTo("7.50");

        // submitted scores are fixed
        save(gulnara, id, draft(3, 1, 1)).statusCode(409).body("errors[0].code", equalTo("scoring.submitted")).body("currentStatus", equalTo("SUBMITTED"));
        submit(gulnara, id, 3).statusCode(409).body("errors[0].code", equalTo("scoring.submitted"));
        QuarkusTransaction.requiringNew().run(() -> {
            SelectionEvent scored = SelectionEvent.<SelectionEvent>find("applicationId = ?1 and kind = ?2 and actor = ?3", id, SelectionEvent.Kind.SCORED,
                    gulnara.subject()).singleResult();
            assertThat(scored.detail.get("scores").toString()).contains("criterion=0", "score=7", "criterion=1", "score=9");
        });

        // 50 × 7.5/10 + 30 × 7.5/10 + 10 × 4.3/5 + 10 × (4/6 of 10)/10 = 37.5 + 22.5 + 8.6 + 6.666… = 75.2666… → 75.27
        JsonPath table = exact(as("coordinator").get(scores()).then().statusCode(200).body("items.applicationId", contains(id.toString()))
                .body("items[0].submittedEvaluations", equalTo(2)).body("items[0].requiredEvaluations", equalTo(2)).body("items[0].flags", empty()));
        assertThat(table.<BigDecimal>get("items[0].total")).isEqualByComparingTo("75.27");
        assertThat(table.<List<BigDecimal>>get("items[0].criteria.value")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7.50"), new BigDecimal("7.50"), new BigDecimal("8.60"), new BigDecimal("6.67"));
    }

    @Test
    void myListsShowHowFarMyScoringHasGot() {
        Person gulnara = evaluator("Gulnara");
        UUID drafted = eligible(call, "Aizada");
        UUID done = eligible(call, "Bolot");
        UUID undeclared = eligible(call, "Cholpon");
        allToAll(gulnara, evaluator("Aigerim"));
        afterTheDeadline();
        declare(gulnara, drafted, false);
        save(gulnara, drafted, draft(0, 7)).statusCode(200);
        scored(gulnara, done, 8, 6);

        String mine = "items.find { it.callId == '" + call + "' }.";
        as(gulnara).get("/api/v1/evaluations/calls").then().statusCode(200).body(mine + "assigned", equalTo(3))
                .body(mine + "noConflict", equalTo(2)).body(mine + "drafts", equalTo(1)).body(mine + "submitted", equalTo(1));
        String byId = "items.find { it.applicationId == '%s' }";
        as(gulnara).get("/api/v1/evaluations/calls/" + call + "/applications").then().statusCode(200)
                .body(byId.formatted(drafted) + ".evaluation", equalTo("DRAFT"))
                .body(byId.formatted(done) + ".evaluation", equalTo("SUBMITTED"))
                .body(byId.formatted(undeclared), not(hasKey("evaluation")));

        declare(gulnara, undeclared, false);
        as(gulnara).get("/api/v1/evaluations/calls/" + call + "/applications").then()
                .body(byId.formatted(undeclared) + ".evaluation", equalTo("NOT_STARTED"));
        submit(gulnara, drafted, 1).statusCode(422);
        save(gulnara, drafted, draft(1, 7, 7)).statusCode(200);
        submit(gulnara, drafted, 2).statusCode(200);
        as(gulnara).get("/api/v1/evaluations/calls").then().body(mine + "drafts", equalTo(0)).body(mine + "submitted", equalTo(2));
    }

    @Test
    void scoresOutOfRangeAreRefusedAtTheFieldAndNothingIsStored() {
        Person gulnara = evaluator("Gulnara");
        UUID id = assignedAfterTheDeadline(gulnara);
        declare(gulnara, id, false);

        save(gulnara, id, draft(0, 5, 11)).statusCode(422).body("errors.field", contains("scores[1].score"))
                .body("errors[0].code", equalTo("common.between")).body("errors[0].args.maximum", equalTo("10"));
        save(gulnara, id, draft(0, -1)).statusCode(422).body("errors.field", contains("scores[0].score"));
        save(gulnara, id, Map.of("version", 0, "scores", List.of(Map.of("criterion", 2, "score", 5)))).statusCode(422)
                .body("errors[0].field", equalTo("scores[0].criterion")).body("errors[0].code", equalTo("scoring.unknownCriterion"));
        save(gulnara, id, Map.of("version", 0, "scores", List.of(Map.of("criterion", 0, "score", 5), Map.of("criterion", 0, "score", 6)))).statusCode(422)
                .body("errors[0].field", equalTo("scores[1].criterion")).body("errors[0].code", equalTo("common.duplicate"));
        badRequestAs(gulnara).body(Map.of("version", 0, "scores", List.of(Map.of("criterion", 0, "score", 5, "comment", "x".repeat(2001)))))
                .put(evaluation(id)).then().statusCode(422).body("errors[0].field", equalTo("scores[0].comment"))
                .body("errors[0].code", equalTo("common.tooLong"));
        badRequestAs(gulnara).body(Map.of("scores", List.of())).put(evaluation(id)).then().statusCode(400);
        submit(gulnara, id, 0).statusCode(422).body("errors.code", contains("scoring.scoreMissing", "scoring.scoreMissing"))
                .body("errors.args.criterion", contains("0", "1"));
        assertThat(stored(id)).isZero();
    }

    @Test
    void onlyAssignedEvaluatorsWhoDeclaredNoConflictScore() {
        Person gulnara = evaluator("Gulnara");
        Person outsider = evaluator("Dinara");
        UUID id = eligible(call, "Aizada");
        allToAll(gulnara);
        afterTheDeadline();

        as(gulnara).get(evaluation(id)).then().statusCode(403).body("errors[0].code", equalTo("panel.declaration.required"));
        save(gulnara, id, draft(0, 5, 5)).statusCode(403);
        submit(gulnara, id, 0).statusCode(403);
        as(outsider).get(evaluation(id)).then().statusCode(404);
        save(outsider, id, draft(0, 5, 5)).statusCode(404);
        submit(outsider, id, 0).statusCode(404);
        as(gulnara).get(evaluation(UUID.randomUUID())).then().statusCode(404);
        for (String role : List.of(Roles.APPLICANT, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER)) {
            as(role).get(evaluation(id)).then().statusCode(403);
            as(role).body(draft(0, 5, 5)).put(evaluation(id)).then().statusCode(403);
            as(role).body(Map.of("version", 0)).post(evaluation(id) + "/submit").then().statusCode(403);
        }
        badRequestAs((String) null).get(evaluation(id)).then().statusCode(401);
        badRequestAs((String) null).body(draft(0, 5, 5)).put(evaluation(id)).then().statusCode(401);
        assertThat(stored(id)).isZero();

        for (String role : List.of(Roles.APPLICANT, Roles.EVALUATOR, Roles.PARTNER)) {
            as(role).get(scores()).then().statusCode(403);
        }
        badRequestAs((String) null).get(scores()).then().statusCode(401);
        as(Roles.ADMIN).get(scores()).then().statusCode(200);
        as("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/scores").then().statusCode(404);
    }

    @Test
    void aConflictDeclaredAfterScoringDiscardsTheEvaluation() {
        Person gulnara = evaluator("Gulnara");
        UUID id = assignedAfterTheDeadline(gulnara);
        scored(gulnara, id, 7, 9);
        assertThat(stored(id)).isEqualTo(1);

        declare(gulnara, id, true);
        assertThat(stored(id)).isZero();
        as(gulnara).get(evaluation(id)).then().statusCode(404);
        save(gulnara, id, draft(0, 5, 5)).statusCode(404);
        submit(gulnara, id, 0).statusCode(404);
        as("coordinator").get(scores()).then().statusCode(200).body("items[0].submittedEvaluations", equalTo(0)).body("items[0]", not(hasKey("total")));
        QuarkusTransaction.requiringNew().run(() -> {
            SelectionEvent conflict = SelectionEvent.<SelectionEvent>find("applicationId = ?1 and kind = ?2", id, SelectionEvent.Kind.DECLARED_CONFLICT).singleResult();
            assertThat(conflict.detail).containsEntry("discardedEvaluation", "SUBMITTED").containsEntry("note", "My neighbour's son");
        });
        assertThat(events(call, SelectionEvent.Kind.SCORED)).isEqualTo(1);
    }

    @Test
    void theCoordinatorsTableRanksByTotalAndFlagsDisagreement() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        UUID agreed = eligible(call, "Aizada");
        UUID disputed = eligible(call, "Bakyt");
        UUID unscored = eligible(call, "Cholpon");
        allToAll(gulnara, aigerim);
        afterTheDeadline();
        scored(gulnara, agreed, 7, 9);
        scored(aigerim, agreed, 8, 6);
        // 9 − 2 = 7 > 30 % of 10: the commission is told; 6 − 4 = 2 is not
        scored(gulnara, disputed, 2, 4);
        scored(aigerim, disputed, 9, 6);
        declare(gulnara, unscored, false);
        save(gulnara, unscored, draft(0, 10, 10)).statusCode(200); // a draft counts nowhere

        // disputed: 50 × 5.5/10 + 30 × 5/10 + 8.6 + 6.666… = 27.5 + 15 + 15.2666… = 57.7666… → 57.77
        JsonPath table = exact(as("coordinator").get(scores()).then().statusCode(200)
                .body("items.applicationId", contains(agreed.toString(), disputed.toString(), unscored.toString()))
                .body("items[1].flags.flag", contains("DISAGREEMENT")).body("items[1].flags.criterion", contains(0))
                .body("items[2]", not(hasKey("total"))).body("items[2].submittedEvaluations", equalTo(0))
                .body("items[2].flags.flag", contains("TOO_FEW_EVALUATIONS", "TOO_FEW_EVALUATIONS")).body("items[2].criteria[0]", not(hasKey("value"))));
        assertThat(table.<BigDecimal>get("items[0].total")).isEqualByComparingTo("75.27");
        assertThat(table.<BigDecimal>get("items[1].total")).isEqualByComparingTo("57.77");
        assertThat(table.<BigDecimal>get("items[2].criteria[2].value")).isEqualByComparingTo("8.60");

        // after submitting, each evaluator sees the flag too
        as(gulnara).get(evaluation(disputed)).then().statusCode(200).body("flags.flag", contains("DISAGREEMENT"))
                .body("criteria[0].others.score", contains(9));
    }
}
