package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mobilitydesk.agreement.AgreementFixtures.agreement;
import static org.mobilitydesk.agreement.AgreementFixtures.with;
import static org.mobilitydesk.agreement.AgreementFixtures.withFlowField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An amendment keeps the approved version in force until the partner approves it; an agreement past its years reads as expired. */
@QuarkusTest
class AgreementAmendmentApiTest extends AgreementApiTestBase {

    @Inject
    AgreementService service;

    private JsonPath read(String id) {
        return as("coordinator").get("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath post(String id, String action, Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/agreements/" + id + "/" + action).then().statusCode(200).extract().jsonPath();
    }

    private String inForce(Map<String, Object> body) {
        JsonPath created = as("coordinator").body(body).post("/api/v1/agreements").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        post(id, "sign", Map.of("version", 0));
        service.approveByPartner(UUID.fromString(id), UUID.fromString(partner), created.getString("contentHash"), "partner-tartu");
        return id;
    }

    private JsonPath amended(String id, int studentsPerYear) {
        Map<String, Object> body = with(withFlowField(agreement(home, partner), "mobilitiesPerYear", studentsPerYear), "version",
                read(id).getInt("version"));
        return as("coordinator").body(body).put("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void thePartnersApprovalOfTheAmendmentsHashSwitchesVersions() {
        String id = inForce(agreement(home, partner));
        String approved = read(id).getString("contentHash");
        JsonPath draft = amended(id, 3);
        JsonPath signed = post(id, "sign", Map.of("version", draft.getInt("version")));
        assertThat(signed.getString("status")).isEqualTo("IN_FORCE");
        assertThat(signed.getString("amendment.status")).isEqualTo("SIGNED_BY_HOME");
        String proposed = signed.getString("amendment.contentHash");

        assertThatThrownBy(() -> service.approveByPartner(UUID.fromString(id), UUID.fromString(partner), approved, "partner-tartu"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("hash-mismatch");
                    assertThat(e.currentHash()).isEqualTo(proposed);
                    assertThat(e.currentStatus()).isEqualTo("IN_FORCE");
                });
        service.approveByPartner(UUID.fromString(id), UUID.fromString(partner), proposed, "partner-tartu");
        JsonPath switched = read(id);
        assertThat(switched.getString("status")).isEqualTo("IN_FORCE");
        assertThat(switched.getString("amendment")).isNull();
        assertThat(switched.getInt("conditionsNumber")).isEqualTo(2);
        assertThat(switched.getString("contentHash")).isEqualTo(proposed);
        assertThat(switched.getInt("flows[0].mobilitiesPerYear")).isEqualTo(3);
        assertThat(switched.getList("transitions.toStatus")).containsOnly("DRAFT", "SIGNED_BY_HOME", "IN_FORCE");
        assertThat(switched.getList("transitions.amendment")).containsExactly(null, null, null, "DRAFT", "SIGNED_BY_HOME", null);
    }

    @Test
    void aDeclinedAmendmentLeavesTheApprovedVersionInForceAndCanBeSignedAgainOrWithdrawn() {
        String id = inForce(agreement(home, partner));
        JsonPath draft = amended(id, 4);
        post(id, "sign", Map.of("version", draft.getInt("version")));
        service.declineByPartner(UUID.fromString(id), UUID.fromString(partner), draft.getString("amendment.contentHash"), "Three at most",
                "partner-tartu");
        JsonPath declined = read(id);
        assertThat(declined.getString("status")).isEqualTo("IN_FORCE");
        assertThat(declined.getString("amendment.status")).isEqualTo("DECLINED_BY_PARTNER");
        assertThat(declined.getInt("conditionsNumber")).isEqualTo(1);
        assertThat(declined.getInt("flows[0].mobilitiesPerYear")).isEqualTo(2);
        assertThat(post(id, "sign", Map.of("version", declined.getInt("version"))).getString("amendment.status")).isEqualTo("SIGNED_BY_HOME");
        JsonPath withdrawn = post(id, "restore-approved", Map.of("version", read(id).getInt("version")));
        assertThat(withdrawn.getString("amendment")).isNull();
        assertThat(withdrawn.getInt("conditionsNumber")).isEqualTo(1);
        as("coordinator").body(Map.of("version", withdrawn.getInt("version"))).post("/api/v1/agreements/" + id + "/restore-approved")
                .then().statusCode(409).body("detail", containsString("no amendment to withdraw"));
    }

    @Test
    void anAgreementInForceExpiresAfterTheLastDayOfItsLastAcademicYear() {
        TestClock.on("2020-10-01");
        Map<String, Object> body = with(with(agreement(home, partner), "firstAcademicYear", "2019/2020"), "lastAcademicYear", "2020/2021");
        Map<String, Object> flow = new HashMap<>(AgreementFixtures.students(home, partner));
        flow.put("firstAcademicYear", "2019/2020");
        flow.put("lastAcademicYear", "2020/2021");
        String id = inForce(with(body, "flows", List.of(flow)));
        String other = inForce(agreement(home, partner));

        TestClock.on("2021-08-31");
        assertThat(read(id).getString("status")).isEqualTo("IN_FORCE");
        listed("IN_FORCE", id, other);
        listed("EXPIRED");

        TestClock.on("2021-09-01");
        JsonPath expired = read(id);
        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(expired.getList("transitions.toStatus")).doesNotContain("EXPIRED");
        listed("IN_FORCE", other);
        listed("EXPIRED", id);
        as("coordinator").queryParam("partnerId", partner).queryParam("sort", "status").get("/api/v1/agreements").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].status", equalTo("EXPIRED"));
        as("coordinator").body(Map.of("version", expired.getInt("version"), "terminationDate", "2023-08-31", "reason", "x"))
                .post("/api/v1/agreements/" + id + "/terminate").then().statusCode(409).body("currentStatus", equalTo("EXPIRED"));
    }

    private void listed(String status, String... ids) {
        List<String> found = as("coordinator").queryParam("partnerId", partner).queryParam("status", status).get("/api/v1/agreements")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(found).as(status).containsExactlyInAnyOrder(ids);
    }
}
