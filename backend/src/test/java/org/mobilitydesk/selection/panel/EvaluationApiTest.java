package org.mobilitydesk.selection.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.review.ReviewFixtures;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EvaluationApiTest extends PanelApiTestBase {

    private static String application(UUID id) {
        return "/api/v1/evaluations/applications/" + id;
    }

    private static String declaration(UUID id) {
        return application(id) + "/declaration";
    }

    private String mine() {
        return "/api/v1/evaluations/calls/" + call + "/applications";
    }

    private static long declarations(UUID application) {
        return QuarkusTransaction.requiringNew().call(() -> ConflictDeclaration.count("applicationId", application));
    }

    @Test
    void onlyEvaluatorsOnThePanelSeeTheirApplications() {
        Person gulnara = evaluator("Gulnara");
        Person outsider = evaluator("Dinara");
        UUID id = eligible(call, "Aizada");
        allToAll(gulnara);
        afterTheDeadline();
        as(gulnara).get(mine()).then().statusCode(200).body("items.applicationId", contains(id.toString()));
        // an evaluator not on the panel: no calls, and the call's applications are unknown to them
        as(outsider).get("/api/v1/evaluations/calls").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        as(outsider).get(mine()).then().statusCode(404);
        as(outsider).get(application(id)).then().statusCode(404);
        as(outsider).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(404);
        assertThat(declarations(id)).isZero();
        for (String role : List.of(Roles.APPLICANT, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER)) {
            as(role).get("/api/v1/evaluations/calls").then().statusCode(403);
            as(role).get(mine()).then().statusCode(403);
            as(role).get(application(id)).then().statusCode(403);
            as(role).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(403);
        }
        badRequestAs((String) null).get("/api/v1/evaluations/calls").then().statusCode(401);
        badRequestAs((String) null).get(mine()).then().statusCode(401);
        badRequestAs((String) null).get(application(id)).then().statusCode(401);
        badRequestAs((String) null).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(401);
        assertThat(declarations(id)).isZero();
    }

    @Test
    void theContentOpensAfterNoConflictAndClosesForGoodAfterAConflict() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        UUID id = ReviewFixtures.application(call).named("Aizada", "Toktogulova").eligible().note("Strong candidate, call her first")
                .document(DocumentType.MOTIVATION_LETTER, "motivation.pdf", "application/pdf", ReviewFixtures.PDF).save();
        UUID other = eligible(call, "Bakyt");
        UUID pending = ReviewFixtures.application(call).named("Cholpon", "Toktogulova").save();
        allToAll(gulnara, aigerim);
        UUID document = ReviewFixtures.documentId(id, "motivation.pdf");

        // before the deadline: the list, but no declaration
        as(gulnara).get(mine()).then().statusCode(200).body("total", equalTo(2))
                .body("items.find { it.applicationId == '" + id + "' }.applicantName", equalTo("Aizada Toktogulova"))
                .body("items.find { it.applicationId == '" + id + "' }.studyProgramme", equalTo("General Medicine"))
                .body("items.find { it.applicationId == '" + id + "' }.declaration.state", equalTo("NOT_DECLARED"))
                .body("items.find { it.applicationId == '" + id + "' }", not(hasKey("profile")));
        as(gulnara).get(application(pending)).then().statusCode(404);
        as(gulnara).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(409)
                .body("errors[0].code", equalTo("panel.declaration.callNotClosed"));
        assertThat(declarations(id)).isZero();

        afterTheDeadline();
        as(gulnara).get(application(id)).then().statusCode(403).body("errors[0].code", equalTo("panel.declaration.required"));
        as(gulnara).accept("application/pdf, application/problem+json").get(application(id) + "/documents/" + document).then().statusCode(403);
        badRequestAs(gulnara).body(Map.of("conflict", true)).put(declaration(id)).then().statusCode(422)
                .body("errors[0].field", equalTo("note")).body("errors[0].code", equalTo("panel.declaration.noteRequired"));
        badRequestAs(gulnara).body(Map.of("conflict", true, "note", "x".repeat(1001))).put(declaration(id)).then().statusCode(422)
                .body("errors[0].code", equalTo("common.tooLong"));
        badRequestAs(gulnara).body(Map.of("note", "missing the answer")).put(declaration(id)).then().statusCode(400);
        assertThat(declarations(id)).isZero();

        as(gulnara).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(200)
                .body("state", equalTo("NO_CONFLICT")).body("declaredAt", notNullValue());
        as(gulnara).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(200).body("state", equalTo("NO_CONFLICT"));
        assertThat(events(call, SelectionEvent.Kind.DECLARED_NO_CONFLICT)).isEqualTo(1);
        as(gulnara).get(application(id)).then().statusCode(200).body("receiptNumber", notNullValue())
                .body("profile.studyProgramme", equalTo("General Medicine")).body("motivation", notNullValue())
                .body("documents[0].fileName", equalTo("motivation.pdf")).body("call.id", equalTo(call.toString()))
                .body("$", not(hasKey("coordinatorNote"))).body("$", not(hasKey("eligibilityReason"))).body("$", not(hasKey("timeline")));
        as(gulnara).accept("application/pdf").get(application(id) + "/documents/" + document).then().statusCode(200).contentType("application/pdf");
        // Aigerim has not declared: still closed to her
        as(aigerim).get(application(id)).then().statusCode(403);

        // later Gulnara sees she knows the applicant: the conflict takes her off the application for good
        as(gulnara).body(Map.of("conflict", true, "note", "She is my supervisor's daughter")).put(declaration(id)).then().statusCode(200)
                .body("state", equalTo("CONFLICT")).body("note", equalTo("She is my supervisor's daughter"));
        as(gulnara).get(application(id)).then().statusCode(404);
        as(gulnara).accept("application/pdf, application/problem+json").get(application(id) + "/documents/" + document).then().statusCode(404);
        as(gulnara).body(Map.of("conflict", false)).put(declaration(id)).then().statusCode(409)
                .body("errors[0].code", equalTo("panel.declaration.conflictFinal")).body("currentStatus", equalTo("CONFLICT"));
        as(gulnara).body(Map.of("conflict", true, "note", "again")).put(declaration(id)).then().statusCode(200)
                .body("note", equalTo("She is my supervisor's daughter"));
        assertThat(events(call, SelectionEvent.Kind.DECLARED_CONFLICT)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            List<SelectionEvent> trail = SelectionEvent.list("applicationId = ?1 order by id", id);
            assertThat(trail).extracting(e -> e.kind).containsExactly(SelectionEvent.Kind.DECLARED_NO_CONFLICT, SelectionEvent.Kind.DECLARED_CONFLICT);
            assertThat(trail).allSatisfy(e -> {
                assertThat(e.actor).isEqualTo(gulnara.subject());
                assertThat(e.at).isNotNull();
            });
            assertThat(trail.get(1).detail).containsEntry("note", "She is my supervisor's daughter");
        });

        // my list: the application is no longer among the active ones
        as(gulnara).queryParam("state", "NOT_DECLARED").get(mine()).then().body("items.applicationId", contains(other.toString()));
        as(gulnara).queryParam("state", "CONFLICT").get(mine()).then().body("items.applicationId", contains(id.toString()))
                .body("items[0].declaration.note", equalTo("She is my supervisor's daughter"));
        as(gulnara).get("/api/v1/evaluations/calls").then().statusCode(200)
                .body("items.find { it.callId == '" + call + "' }.status", equalTo("CLOSED"))
                .body("items.find { it.callId == '" + call + "' }.assigned", equalTo(2))
                .body("items.find { it.callId == '" + call + "' }.toDeclare", equalTo(1))
                .body("items.find { it.callId == '" + call + "' }.noConflict", equalTo(0))
                .body("items.find { it.callId == '" + call + "' }.conflicts", equalTo(1));
        // and the coordinator sees the application one evaluator short
        as("coordinator").get(panel() + "/coverage").then().statusCode(200)
                .body("applications.find { it.applicationId == '" + id + "' }.short", equalTo(1))
                .body("applications.find { it.applicationId == '" + id + "' }.conflicts[0].note", equalTo("She is my supervisor's daughter"));
    }

    @Test
    void inChosenModeOnlyTheAssignedApplicationsAreMine() {
        Person gulnara = evaluator("Gulnara");
        Person aigerim = evaluator("Aigerim");
        UUID first = eligible(call, "Aizada");
        UUID second = eligible(call, "Bakyt");
        Map<String, Object> body = body(0, "CHOSEN", 1, List.of(gulnara.subject(), aigerim.subject()));
        body.put("assignments", List.of(Map.of("evaluator", gulnara.subject(), "applicationIds", List.of(first)),
                Map.of("evaluator", aigerim.subject(), "applicationIds", List.of(first, second))));
        as("coordinator").body(body).put(panel()).then().statusCode(200);
        afterTheDeadline();
        as(gulnara).get(mine()).then().statusCode(200).body("items.applicationId", contains(first.toString()));
        as(gulnara).get(application(second)).then().statusCode(404);
        as(gulnara).body(Map.of("conflict", false)).put(declaration(second)).then().statusCode(404);
        as(aigerim).get(mine()).then().body("total", equalTo(2));
        as(aigerim).body(Map.of("conflict", false)).put(declaration(second)).then().statusCode(200);
        assertThat(declarations(second)).isEqualTo(1);
        as(aigerim).get(application(second)).then().statusCode(200).body("id", equalTo(second.toString())).body("submittedAt", notNullValue())
                .body("profile.familyName", notNullValue()).body("plannedStart", equalTo("2027-02-01"))
                .body("profile", not(hasKey("email"))).body("profile", not(hasKey("phone"))).body("profile", not(hasKey("dateOfBirth")))
                .body("profile", not(hasKey("citizenship"))).body("preferences", empty())
                .body("call.title.en", equalTo("Erasmus+ selection 2026/2027")).body("eligibilityDecidedBy", nullValue());
    }
}
