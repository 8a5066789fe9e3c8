package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.mobilitydesk.agreement.AgreementFixtures.agreement;
import static org.mobilitydesk.agreement.AgreementFixtures.newPartner;
import static org.mobilitydesk.agreement.AgreementFixtures.with;
import static org.mobilitydesk.agreement.AgreementFixtures.withFlowField;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ProblemException;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AgreementApiTest extends AgreementApiTestBase {

    @Inject
    AgreementService service;

    private JsonPath create(Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/agreements").then().statusCode(201)
                .header("Location", containsString("/api/v1/agreements/")).extract().jsonPath();
    }

    private JsonPath read(String id) {
        return as("coordinator").get("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath post(String id, String action, Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/agreements/" + id + "/" + action).then().statusCode(200)
                .extract().jsonPath();
    }

    private JsonPath update(String id, Map<String, Object> body) {
        return as("coordinator").body(body).put("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void coordinatorCreatesADraftThatAdminsMayRead() {
        JsonPath created = create(agreement(home, partner));
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("contentHash")).matches("^[0-9a-f]{64}$");
        assertThat(created.getList("flows")).hasSize(2);
        assertThat(created.getString("homeInstitutionId")).isEqualTo(home);
        assertThat(created.getString("partner.localId")).isEqualTo("UT-2024-5");
        assertThat(created.getList("versions.number")).containsExactly(1);
        assertThat(created.getList("transitions.action")).containsExactly("CREATE");
        assertThat(created.getString("transitions[0].actor")).isEqualTo("coordinator-user");
        as("admin").get("/api/v1/agreements/" + id).then().statusCode(200).body("notes", equalTo("Internal: renew early"))
                .body("contentHash", equalTo(created.getString("contentHash"))).body("endsOn", equalTo("2028-08-31"));
        as("admin").queryParam("partnerId", partner).get("/api/v1/agreements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].flowCount", equalTo(2))
                .body("items[0].mobilityTypes", equalTo(List.of("STAFF_TEACHING", "STUDENT_STUDIES")))
                .body("items[0].partnerName", containsString("Agreement partner"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner" })
    void onlyCoordinatorsAndAdminsMayCallAgreements(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        String id = create(agreement(home, partner)).getString("id");
        String path = "/api/v1/agreements/" + id;
        badRequestAs(caller).get("/api/v1/agreements").then().statusCode(expected).contentType("application/problem+json");
        badRequestAs(caller).get(path).then().statusCode(expected);
        badRequestAs(caller).get(path + "/diff?from=1").then().statusCode(expected);
        refusedWrites(caller, path, expected);
        read(id);
        assertThat(read(id).getInt("version")).isZero();
    }

    @Test
    void adminsMayReadButNotWrite() {
        String id = create(agreement(home, partner)).getString("id");
        refusedWrites("admin", "/api/v1/agreements/" + id, 403);
        as("admin").get("/api/v1/agreements/" + id + "/diff?from=1&to=1").then().statusCode(200).body("flows", hasSize(0));
    }

    private void refusedWrites(String caller, String path, int expected) {
        badRequestAs(caller).body(agreement(home, partner)).post("/api/v1/agreements").then().statusCode(expected);
        badRequestAs(caller).body(with(agreement(home, partner), "version", 0)).put(path).then().statusCode(expected);
        for (String action : List.of("sign", "restore-approved")) {
            badRequestAs(caller).body(Map.of("version", 0)).post(path + "/" + action).then().statusCode(expected);
        }
        badRequestAs(caller).body(Map.of("version", 0, "terminationDate", "2030-08-31", "reason", "x"))
                .post(path + "/terminate").then().statusCode(expected);
        as("coordinator").queryParam("partnerId", partner).get("/api/v1/agreements").then().body("total", equalTo(1));
    }

    @Test
    void fullLifecycleSignApproveAmendRestoreTerminate() {
        String id = create(agreement(home, partner)).getString("id");
        JsonPath signed = post(id, "sign", Map.of("version", 0, "signerName", "Aida Asanova", "signingDate", "2024-05-14"));
        String hash = signed.getString("contentHash");
        assertThat(signed.getString("status")).isEqualTo("SIGNED_BY_HOME");
        assertThat(signed.getString("amendment")).isNull();
        assertThat(signed.getString("home.signerName")).isEqualTo("Aida Asanova");
        assertThat(signed.getString("home.signingDate")).isEqualTo("2024-05-14");

        service.approveByPartner(UUID.fromString(id), UUID.fromString(partner), hash, "partner-tartu");
        JsonPath inForce = read(id);
        assertThat(inForce.getString("status")).isEqualTo("IN_FORCE");
        assertThat(inForce.getString("contentHash")).isEqualTo(hash);
        assertThat(inForce.getInt("conditionsNumber")).isEqualTo(1);
        assertThat(inForce.getString("partner.signingDate")).isEqualTo(LocalDate.now().toString());

        Map<String, Object> amended = with(withFlowField(agreement(home, partner), "mobilitiesPerYear", 3), "version",
                inForce.getInt("version"));
        JsonPath draft = update(id, amended);
        assertThat(draft.getString("status")).isEqualTo("IN_FORCE");
        assertThat(draft.getString("contentHash")).isEqualTo(hash);
        assertThat(draft.getInt("conditionsNumber")).isEqualTo(1);
        assertThat(draft.getInt("flows[0].mobilitiesPerYear")).isEqualTo(2);
        assertThat(draft.getString("amendment.status")).isEqualTo("DRAFT");
        assertThat(draft.getInt("amendment.conditionsNumber")).isEqualTo(2);
        assertThat(draft.getString("amendment.contentHash")).isNotEqualTo(hash);
        assertThat(draft.getInt("amendment.flows[0].mobilitiesPerYear")).isEqualTo(3);
        assertThat(draft.getList("versions.number")).containsExactly(1, 2);
        assertThat(draft.getString("transitions[3].fromStatus")).isEqualTo("IN_FORCE");
        assertThat(draft.getString("transitions[3].toStatus")).isEqualTo("IN_FORCE");
        assertThat(draft.getString("transitions[3].amendment")).isEqualTo("DRAFT");
        as("coordinator").queryParam("partnerId", partner).get("/api/v1/agreements").then()
                .body("items[0].status", equalTo("IN_FORCE")).body("items[0].conditionsNumber", equalTo(1))
                .body("items[0].contentHash", equalTo(hash)).body("items[0].amendment.status", equalTo("DRAFT"))
                .body("items[0].amendment.conditionsNumber", equalTo(2));
        as("coordinator").body(Map.of("version", draft.getInt("version"), "terminationDate", "2035-08-31", "reason", "x"))
                .post("/api/v1/agreements/" + id + "/terminate").then().statusCode(409).body("currentStatus", equalTo("IN_FORCE"))
                .body("detail", containsString("restore the approved version first"));

        as("coordinator").get("/api/v1/agreements/" + id + "/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2)).body("fromHash", equalTo(hash))
                .body("flows", hasSize(1)).body("flows[0].kind", equalTo("CHANGED"))
                .body("flows[0].changes[0].field", equalTo("mobilitiesPerYear"))
                .body("flows[0].changes[0].before", equalTo("2")).body("flows[0].changes[0].after", equalTo("3"));

        JsonPath restored = post(id, "restore-approved", Map.of("version", draft.getInt("version")));
        assertThat(restored.getString("status")).isEqualTo("IN_FORCE");
        assertThat(restored.getString("amendment")).isNull();
        assertThat(restored.getString("contentHash")).isEqualTo(hash);
        assertThat(restored.getInt("conditionsNumber")).isEqualTo(1);
        assertThat(restored.getInt("flows[0].mobilitiesPerYear") + restored.getInt("flows[1].mobilitiesPerYear")).isEqualTo(4);

        int version = restored.getInt("version");
        as("coordinator").body(Map.of("version", version, "terminationDate", LocalDate.now().plusMonths(2).toString(),
                "reason", "Programme closed")).post("/api/v1/agreements/" + id + "/terminate").then().statusCode(422)
                .body("errors[0].field", equalTo("terminationDate"));
        String earliest = AcademicCalendar.earliestTermination(LocalDate.now()).toString();
        JsonPath terminated = post(id, "terminate", Map.of("version", version, "terminationDate", earliest, "reason", "Programme closed"));
        assertThat(terminated.getString("status")).isEqualTo("TERMINATED");
        assertThat(terminated.getString("terminationDate")).isEqualTo(earliest);
        assertThat(terminated.getList("transitions.action")).containsExactly("CREATE", "SIGN", "APPROVE", "EDIT_CONDITIONS",
                "RESTORE_APPROVED", "TERMINATE");
        assertThat(terminated.getString("transitions[2].actor")).isEqualTo("partner-tartu");
        assertThat(terminated.getString("transitions[5].comment")).isEqualTo("Programme closed");

        as("coordinator").body(with(agreement(home, partner), "version", terminated.getInt("version")))
                .put("/api/v1/agreements/" + id).then().statusCode(409).body("currentStatus", equalTo("TERMINATED"))
                .body("currentHash", equalTo(hash)).body("type", containsString("wrong-state"));
    }

    @Test
    void terminationWithShortNoticeNeedsAnOverrideReason() {
        String id = inForce();
        int version = read(id).getInt("version");
        String soon = LocalDate.now().plusDays(30).toString();
        as("coordinator").body(Map.of("version", version, "terminationDate", soon, "reason", "Closed", "overrideNotice", true))
                .post("/api/v1/agreements/" + id + "/terminate").then().statusCode(422)
                .body("errors[0].field", equalTo("overrideReason"));
        JsonPath terminated = post(id, "terminate", Map.of("version", version, "terminationDate", soon, "reason", "Closed",
                "overrideNotice", true, "overrideReason", "Partner lost its accreditation"));
        assertThat(terminated.getString("terminationOverrideReason")).isEqualTo("Partner lost its accreditation");
    }

    private String inForce() {
        JsonPath created = create(agreement(home, partner));
        String id = created.getString("id");
        post(id, "sign", Map.of("version", 0));
        service.approveByPartner(UUID.fromString(id), UUID.fromString(partner), created.getString("contentHash"), "partner-tartu");
        return id;
    }

    @Test
    void forbiddenTransitionsAre409WithTheCurrentStatus() {
        JsonPath created = create(agreement(home, partner));
        String id = created.getString("id");
        as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/restore-approved").then()
                .statusCode(409).body("currentStatus", equalTo("DRAFT")).body("detail", containsString("never approved"));
        as("coordinator").body(Map.of("version", 0, "terminationDate", "2035-08-31", "reason", "x"))
                .post("/api/v1/agreements/" + id + "/terminate").then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
        post(id, "sign", Map.of("version", 0));
        as("coordinator").body(Map.of("version", 1)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(409)
                .body("currentStatus", equalTo("SIGNED_BY_HOME")).body("currentHash", equalTo(created.getString("contentHash")));
        assertThat(read(id).getList("transitions.action")).containsExactly("CREATE", "SIGN");
    }

    @Test
    void signingNeedsAFlow() {
        String id = create(with(agreement(home, partner), "flows", List.of())).getString("id");
        as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(422)
                .body("errors[0].field", equalTo("flows"));
        assertThat(read(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void editingOnlyFieldsOutsideTheConditionsKeepsTheSignatureAndHash() {
        String id = create(agreement(home, partner)).getString("id");
        JsonPath signed = post(id, "sign", Map.of("version", 0));
        JsonPath edited = update(id, with(with(agreement(home, partner), "notes", "Call Kadri in May"), "version", signed.getInt("version")));
        assertThat(edited.getString("status")).isEqualTo("SIGNED_BY_HOME");
        assertThat(edited.getString("contentHash")).isEqualTo(signed.getString("contentHash"));
        assertThat(edited.getList("versions")).hasSize(1);
        assertThat(edited.getString("notes")).isEqualTo("Call Kadri in May");
        assertThat(edited.getList("transitions.action")).containsExactly("CREATE", "SIGN", "EDIT");
    }

    @Test
    void partnerApprovalNeedsTheCurrentHashOfItsOwnAgreement() {
        JsonPath created = create(agreement(home, partner));
        UUID id = UUID.fromString(created.getString("id"));
        UUID partnerId = UUID.fromString(partner);
        String hash = created.getString("contentHash");
        assertThatThrownBy(() -> service.approveByPartner(id, partnerId, hash, "partner-tartu"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.currentStatus()).isEqualTo("DRAFT");
                });
        post(id.toString(), "sign", Map.of("version", 0));
        String forged = "0".repeat(64);
        assertThatThrownBy(() -> service.approveByPartner(id, partnerId, forged, "partner-tartu"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.type()).isEqualTo("hash-mismatch");
                    assertThat(e.currentHash()).isEqualTo(hash);
                    assertThat(e.currentStatus()).isEqualTo("SIGNED_BY_HOME");
                });
        UUID otherPartner = UUID.fromString(newPartner());
        assertThatThrownBy(() -> service.approveByPartner(id, otherPartner, hash, "partner-other"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(read(id.toString()).getString("status")).isEqualTo("SIGNED_BY_HOME");
    }

    @Test
    void partnerDeclinesWithACommentAndHomeSignsAgain() {
        JsonPath created = create(agreement(home, partner));
        String id = created.getString("id");
        String hash = created.getString("contentHash");
        post(id, "sign", Map.of("version", 0));
        assertThatThrownBy(() -> service.declineByPartner(UUID.fromString(id), UUID.fromString(partner), hash, " ", "partner-tartu"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
        service.declineByPartner(UUID.fromString(id), UUID.fromString(partner), hash, "Four students, not two", "partner-tartu");
        JsonPath declined = read(id);
        assertThat(declined.getString("status")).isEqualTo("DECLINED_BY_PARTNER");
        assertThat(declined.getString("transitions[2].comment")).isEqualTo("Four students, not two");
        assertThat(declined.getString("amendment")).isNull();
        JsonPath amended = update(id, with(withFlowField(agreement(home, partner), "mobilitiesPerYear", 4), "version",
                declined.getInt("version")));
        assertThat(amended.getString("status")).isEqualTo("DRAFT");
        assertThat(post(id, "sign", Map.of("version", amended.getInt("version"))).getString("status")).isEqualTo("SIGNED_BY_HOME");
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        String id = create(agreement(home, partner)).getString("id");
        JsonPath first = update(id, with(withFlowField(agreement(home, partner), "mobilitiesPerYear", 3), "version", 0));
        as("coordinator").body(with(withFlowField(agreement(home, partner), "mobilitiesPerYear", 5), "version", 0))
                .put("/api/v1/agreements/" + id).then().statusCode(409).body("errors[0].field", equalTo("version"));
        as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(409);
        JsonPath now = read(id);
        assertThat(now.getInt("version")).isEqualTo(first.getInt("version"));
        assertThat(now.getString("contentHash")).isEqualTo(first.getString("contentHash"));
        assertThat(now.getList("versions")).hasSize(2);
        assertThat(now.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void twoConcurrentEditsOfTheSameVersionOneWinsTheOtherGets409() throws Exception {
        String id = create(agreement(home, partner)).getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> edits = List.of(3, 4).stream().<Callable<Integer>>map(n -> () ->
                    badRequestAs("coordinator").body(with(withFlowField(agreement(home, partner), "mobilitiesPerYear", n), "version", 0))
                            .put("/api/v1/agreements/" + id).then().extract().statusCode()).toList();
            List<Integer> statuses = pool.invokeAll(edits).stream().map(AgreementApiTest::result).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonPath now = read(id);
        assertThat(now.getInt("version")).isEqualTo(1);
        assertThat(now.getList("versions")).hasSize(2);
    }

    private static Integer result(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listFiltersByStatusYearTypeAndExpiry() {
        String expiringYear = AcademicCalendar.lastYearsEndingSoon(LocalDate.now()).get(0);
        Map<String, Object> ending = with(with(agreement(home, partner), "firstAcademicYear", expiringYear), "lastAcademicYear", expiringYear);
        Map<String, Object> staffOnly = AgreementFixtures.staff(partner, home);
        staffOnly.put("firstAcademicYear", expiringYear);
        staffOnly.put("lastAcademicYear", expiringYear);
        String endingId = create(with(ending, "flows", List.of(staffOnly))).getString("id");
        Map<String, Object> later = with(with(agreement(home, partner), "lastAcademicYear", "2035/2036"), "firstAcademicYear", "2034/2035");
        String laterId = create(with(later, "flows", List.of())).getString("id");
        String signedId = create(agreement(home, partner)).getString("id");
        post(signedId, "sign", Map.of("version", 0));

        listed(Map.of(), endingId, laterId, signedId);
        listed(Map.of("expiring", true), endingId);
        listed(Map.of("status", "SIGNED_BY_HOME"), signedId);
        listed(Map.of("academicYear", "2025/2026"), signedId);
        listed(Map.of("academicYear", "2035/2036"), laterId);
        listed(Map.of("mobilityType", "STUDENT_STUDIES"), signedId);
        listed(Map.of("mobilityType", "STAFF_TEACHING"), endingId, signedId);
        as("coordinator").queryParam("partnerId", partner).queryParam("expiring", true).get("/api/v1/agreements").then()
                .body("items[0].expiringSoon", equalTo(true)).body("items[0].endsOn", matchesPattern("^\\d{4}-08-31$"));
        as("coordinator").queryParam("partnerId", partner).queryParam("size", 2).queryParam("sort", "lastAcademicYear")
                .get("/api/v1/agreements").then().body("total", equalTo(3)).body("items", hasSize(2))
                .body("items[0].id", equalTo(endingId));
    }

    private void listed(Map<String, Object> filters, String... ids) {
        List<String> found = as("coordinator").queryParam("partnerId", partner).queryParams(filters).get("/api/v1/agreements")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(found).as(filters.toString()).containsExactlyInAnyOrder(ids);
    }

    @Test
    void diffOfUnknownVersionsOrWithoutApprovalIsRefused() {
        String id = create(agreement(home, partner)).getString("id");
        badRequestAs("coordinator").get("/api/v1/agreements/" + id + "/diff").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        badRequestAs("coordinator").get("/api/v1/agreements/" + id + "/diff?from=1&to=7").then().statusCode(404);
        badRequestAs("coordinator").get("/api/v1/agreements/" + id + "/diff?from=0").then().statusCode(400);
        badRequestAs("coordinator").get("/api/v1/agreements/" + UUID.randomUUID()).then().statusCode(404)
                .body("currentStatus", nullValue());
    }
}
