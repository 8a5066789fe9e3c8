package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.common.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PanelApiTest extends PanelApiTestBase {

    @Test
    void coordinatorsAndAdminsManageThePanelOthersAreRefused() {
        Person gulnara = evaluator("Gulnara");
        as("coordinator").get(panel()).then().statusCode(200);
        as("admin").get(panel() + "/coverage").then().statusCode(200);
        as("admin").body(body(0, "ALL", 2, List.of(gulnara.subject()))).put(panel()).then().statusCode(200);
        for (String role : List.of(Roles.APPLICANT, Roles.EVALUATOR, Roles.PARTNER)) {
            as(role).get(panel()).then().statusCode(403);
            as(role).get(panel() + "/coverage").then().statusCode(403);
            as(role).body(body(1, "ALL", 2, List.of())).put(panel()).then().statusCode(403);
        }
        as(gulnara).get(panel()).then().statusCode(403);
        badRequestAs((String) null).get(panel()).then().statusCode(401);
        badRequestAs((String) null).get(panel() + "/coverage").then().statusCode(401);
        badRequestAs((String) null).body(body(1, "ALL", 2, List.of())).put(panel()).then().statusCode(401);
        // nothing changed by the refused ones
        as("coordinator").get(panel()).then().body("version", equalTo(1)).body("members.evaluator.subject", contains(gulnara.subject()));
    }

    @Test
    void aCallWithoutAPanelAnswersTheEmptyOneThenTheSetOneWithNames() {
        as("coordinator").get(panel()).then().statusCode(200).body("configured", equalTo(false)).body("version", equalTo(0))
                .body("callStatus", equalTo("PUBLISHED")).body("mode", equalTo("ALL")).body("minEvaluations", equalTo(2))
                .body("disagreementThreshold", equalTo(0.3f)).body("members", empty());
        as("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/panel").then().statusCode(404);
        as("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/panel/coverage").then().statusCode(404);
        as("coordinator").body(body(0, "ALL", 2, List.of())).put("/api/v1/calls/" + UUID.randomUUID() + "/panel").then().statusCode(404);

        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        JsonPath set = allToAll(gulnara, aigerim);
        assertThat(set.getBoolean("configured")).isTrue();
        assertThat(set.getInt("version")).isEqualTo(1);
        assertThat(set.getList("members.evaluator.displayName", String.class))
                .containsExactlyInAnyOrder(gulnara.displayName(), aigerim.displayName());
        assertThat(set.getString("updatedBy")).isNotBlank();
        as("coordinator").get(panel()).then().statusCode(200).body("version", equalTo(1)).body("members.size()", equalTo(2));
        assertThat(events(call, SelectionEvent.Kind.PANEL_SET)).isEqualTo(1);

        // a stale version changes nothing
        as("coordinator").body(body(0, "ALL", 3, List.of(gulnara.subject()))).put(panel()).then().statusCode(409)
                .body("type", equalTo("https://mobilitydesk.org/problems/stale-version")).body("currentVersion", equalTo(1));
        // Aigerim leaves, Gulnara stays with the instant she joined
        String joined = set.getString("members.find { it.evaluator.subject == '" + gulnara.subject() + "' }.addedAt");
        as("coordinator").body(body(1, "ALL", 1, List.of(gulnara.subject()))).put(panel()).then().statusCode(200)
                .body("version", equalTo(2)).body("minEvaluations", equalTo(1)).body("members.evaluator.subject", contains(gulnara.subject()))
                .body("members[0].addedAt", equalTo(joined));
        assertThat(events(call, SelectionEvent.Kind.PANEL_SET)).isEqualTo(2);
    }

    @Test
    void membersMustBeKnownEvaluatorsOnceEachAndTheMinimumWithinRange() {
        Person gulnara = evaluator("Gulnara");
        Person student = signedIn(Roles.APPLICANT, "Nurlan");
        List<String> members = List.of(UUID.randomUUID().toString(), student.subject(), gulnara.subject(), gulnara.subject());
        badRequestAs("coordinator").body(body(0, "ALL", 0, members)).put(panel()).then().statusCode(422)
                .body("errors.find { it.field == 'members[0]' }.code", equalTo("panel.members.unknownUser"))
                .body("errors.find { it.field == 'members[1]' }.code", equalTo("panel.members.notEvaluator"))
                .body("errors.find { it.field == 'members[3]' }.code", equalTo("common.duplicate"))
                .body("errors.find { it.field == 'minEvaluations' }.code", equalTo("common.between"))
                .body("errors.find { it.field == 'minEvaluations' }.args.maximum", equalTo("10"))
                .body("errors.size()", equalTo(4));
        badRequestAs("coordinator").body(body(0, "ALL", 11, List.of(gulnara.subject()))).put(panel()).then().statusCode(422)
                .body("errors[0].field", equalTo("minEvaluations"));
        Map<String, Object> threshold = body(0, "ALL", 2, List.of(gulnara.subject()));
        threshold.put("disagreementThreshold", 0);
        badRequestAs("coordinator").body(threshold).put(panel()).then().statusCode(422).body("errors[0].code", equalTo("panel.threshold.range"));
        Map<String, Object> noMode = body(0, null, 2, List.of(gulnara.subject()));
        badRequestAs("coordinator").body(noMode).put(panel()).then().statusCode(400);
        // nothing stored
        as("coordinator").get(panel()).then().statusCode(200).body("configured", equalTo(false)).body("version", equalTo(0));
        assertThat(events(call, SelectionEvent.Kind.PANEL_SET)).isZero();
    }

    @Test
    void chosenAssignmentsNameMembersAndEligibleApplicationsOfTheCall() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        Person outsider = evaluator("Dinara");
        UUID first = eligible(call, "Aizada");
        UUID second = eligible(call, "Bakyt");
        UUID pending = ReviewFixtures.application(call).named("Cholpon", "Toktogulova").save();
        UUID ineligible = ReviewFixtures.application(call).named("Daniyar", "Toktogulova").decided(EligibilityDecision.INELIGIBLE).save();
        UUID withdrawn = ReviewFixtures.application(call).named("Elnura", "Toktogulova").status(ApplicationStatus.WITHDRAWN).save();
        UUID otherCall = eligible(ReviewFixtures.call("Another call", tartu), "Farida");
        Map<String, Object> body = body(0, "CHOSEN", 1, List.of(gulnara.subject(), aigerim.subject()));
        body.put("assignments", List.of(
                Map.of("evaluator", gulnara.subject(), "applicationIds", List.of(first, otherCall, pending, ineligible, withdrawn)),
                Map.of("evaluator", outsider.subject(), "applicationIds", List.of(second))));
        badRequestAs("coordinator").body(body).put(panel()).then().statusCode(422)
                .body("errors.find { it.field == 'assignments[0].applicationIds[1]' }.code", equalTo("panel.assignments.unknownApplication"))
                .body("errors.find { it.field == 'assignments[0].applicationIds[2]' }.code", equalTo("panel.assignments.notEligible"))
                .body("errors.find { it.field == 'assignments[0].applicationIds[3]' }.code", equalTo("panel.assignments.notEligible"))
                .body("errors.find { it.field == 'assignments[0].applicationIds[4]' }.code", equalTo("panel.assignments.unknownApplication"))
                .body("errors.find { it.field == 'assignments[1].evaluator' }.code", equalTo("panel.assignments.notMember"))
                .body("errors.size()", equalTo(5));
        Map<String, Object> all = body(0, "ALL", 1, List.of(gulnara.subject()));
        all.put("assignments", List.of(Map.of("evaluator", gulnara.subject(), "applicationIds", List.of(first))));
        badRequestAs("coordinator").body(all).put(panel()).then().statusCode(422).body("errors[0].code", equalTo("panel.assignments.notChosenMode"));
        as("coordinator").get(panel()).then().body("configured", equalTo(false));

        body.put("assignments", List.of(Map.of("evaluator", gulnara.subject(), "applicationIds", List.of(first, second)),
                Map.of("evaluator", aigerim.subject(), "applicationIds", List.of(second))));
        as("coordinator").body(body).put(panel()).then().statusCode(200).body("mode", equalTo("CHOSEN"))
                .body("assignments.find { it.evaluator == '" + aigerim.subject() + "' }.applicationIds", contains(second.toString()))
                .body("assignments.find { it.evaluator == '" + gulnara.subject() + "' }.applicationIds.size()", equalTo(2));
        JsonPath coverage = as("coordinator").get(panel() + "/coverage").then().statusCode(200).extract().jsonPath();
        assertThat(coverage.getList("applications.applicationId", String.class)).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(coverage.getInt("applications.find { it.applicationId == '" + first + "' }.assigned.size()")).isEqualTo(1);
        assertThat(coverage.getInt("applications.find { it.applicationId == '" + second + "' }.assigned.size()")).isEqualTo(2);
    }

    @Test
    void aDraftCallGetsNoPanel() {
        UUID draft = ReviewFixtures.call("A draft call", 3, false, tartu);
        Person gulnara = evaluator("Gulnara");
        as("coordinator").get("/api/v1/calls/" + draft + "/panel").then().statusCode(200).body("callStatus", equalTo("DRAFT"));
        as("coordinator").body(body(0, "ALL", 2, List.of(gulnara.subject()))).put("/api/v1/calls/" + draft + "/panel").then().statusCode(409)
                .body("errors[0].code", equalTo("panel.call.draft")).body("currentStatus", equalTo("DRAFT"));
        as("coordinator").get("/api/v1/calls/" + draft + "/panel").then().body("configured", equalTo(false));
    }

    @Test
    void coverageShowsWhereConflictsLeaveApplicationsShort() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        UUID first = eligible(call, "Aizada");
        UUID second = eligible(call, "Bakyt");
        ReviewFixtures.application(call).named("Cholpon", "Toktogulova").save();
        allToAll(gulnara, aigerim);
        JsonPath before = as("coordinator").get(panel() + "/coverage").then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("totals.applications")).isEqualTo(2);
        assertThat(before.getInt("totals.covered")).isEqualTo(2);
        assertThat(before.getInt("totals.pendingDeclarations")).isEqualTo(4);

        afterTheDeadline();
        as(gulnara).body(Map.of("conflict", true, "note", "Aizada is my niece")).put("/api/v1/evaluations/applications/" + first + "/declaration")
                .then().statusCode(200);
        as(aigerim).body(Map.of("conflict", false)).put("/api/v1/evaluations/applications/" + first + "/declaration").then().statusCode(200);
        String row = "applications.find { it.applicationId == '" + first + "' }";
        as("coordinator").get(panel() + "/coverage").then().statusCode(200).body("minEvaluations", equalTo(2))
                .body(row + ".short", equalTo(1))
                .body(row + ".conflicts[0].evaluator.subject", equalTo(gulnara.subject()))
                .body(row + ".conflicts[0].note", equalTo("Aizada is my niece"))
                .body(row + ".noConflict.subject", contains(aigerim.subject()))
                .body(row + ".notDeclared", empty())
                .body("applications.find { it.applicationId == '" + second + "' }.short", equalTo(0))
                .body("applications.find { it.applicationId == '" + second + "' }.notDeclared.size()", equalTo(2))
                .body("totals.covered", equalTo(1)).body("totals.shortApplications", equalTo(1)).body("totals.missingEvaluations", equalTo(1))
                .body("totals.pendingDeclarations", equalTo(2)).body("totals.conflicts", equalTo(1));
        // a third evaluator joins: the shortfall is made up
        Person dinara = evaluator("Dinara");
        Map<String, Object> three = new HashMap<>(body(1, "ALL", 2, List.of(gulnara.subject(), aigerim.subject(), dinara.subject())));
        as("coordinator").body(three).put(panel()).then().statusCode(200);
        as("coordinator").get(panel() + "/coverage").then().body(row + ".short", equalTo(0)).body("totals.shortApplications", equalTo(0))
                .body(row + ".notDeclared.subject", hasItem(dinara.subject()));
    }
}
