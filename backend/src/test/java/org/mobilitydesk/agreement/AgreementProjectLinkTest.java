package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mobilitydesk.agreement.AgreementFixtures.agreement;
import static org.mobilitydesk.agreement.AgreementFixtures.newPartner;
import static org.mobilitydesk.agreement.AgreementFixtures.with;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Agreements name the KA171 projects that fund them; a project finds its agreements through the agreement list. */
@QuarkusTest
class AgreementProjectLinkTest extends AgreementApiTestBase {

    /** A 2024 project held by the beneficiary with these partners. */
    private JsonPath project(String beneficiary, List<String> partners) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "2024-1-EE01-KA171-HED-" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
        body.put("callYear", 2024);
        body.put("beneficiaryInstitutionId", beneficiary);
        body.put("startDate", "2024-08-01");
        body.put("endDate", "2026-07-31");
        body.put("partnerInstitutionIds", partners);
        body.put("budget", List.of(Map.of("region", 6, "line", "TRAVEL", "allocated", 1000)));
        body.put("status", "ONGOING");
        return as("coordinator").body(body).post("/api/v1/projects").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath create(Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/agreements").then().statusCode(201).extract().jsonPath();
    }

    private List<String> agreementsOf(String projectId) {
        return as("coordinator").queryParam("projectId", projectId).get("/api/v1/agreements").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void theAgreementNamesItsProjectsAndTheProjectFindsItsAgreements() {
        JsonPath funding = project(partner, List.of(home));
        String projectId = funding.getString("id");
        project(partner, List.of(home));
        JsonPath created = create(with(agreement(home, partner), "projectIds", List.of(projectId)));

        assertThat(created.getList("projects.id")).containsExactly(projectId);
        assertThat(created.getString("projects[0].reference")).isEqualTo(funding.getString("reference"));
        assertThat(created.getInt("projects[0].callYear")).isEqualTo(2024);
        assertThat(agreementsOf(projectId)).containsExactly(created.getString("id"));
        create(agreement(home, partner));
        assertThat(agreementsOf(projectId)).containsExactly(created.getString("id"));
    }

    @Test
    void changingTheProjectsIsAPlainEditThatKeepsTheSignature() {
        String projectId = project(partner, List.of(home)).getString("id");
        String id = create(agreement(home, partner)).getString("id");
        JsonPath signed = as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(200)
                .extract().jsonPath();

        JsonPath linked = as("coordinator").body(with(with(agreement(home, partner), "projectIds", List.of(projectId)), "version",
                signed.getInt("version"))).put("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(linked.getString("status")).isEqualTo("SIGNED_BY_HOME");
        assertThat(linked.getString("contentHash")).isEqualTo(signed.getString("contentHash"));
        assertThat(linked.getList("versions")).hasSize(1);
        assertThat(linked.getList("projects.id")).containsExactly(projectId);
        assertThat(linked.getList("transitions.action")).containsExactly("CREATE", "SIGN", "EDIT");

        JsonPath unlinked = as("coordinator").body(with(agreement(home, partner), "version", linked.getInt("version")))
                .put("/api/v1/agreements/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(unlinked.getList("projects")).isEmpty();
        assertThat(agreementsOf(projectId)).isEmpty();
    }

    @Test
    void anUnknownProjectOrOneWithoutThePartnerIs422AndNothingIsStored() {
        String stranger = newPartner();
        String othersProject = project(stranger, List.of(home)).getString("id");
        badRequestAs("coordinator").body(with(agreement(home, partner), "projectIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/agreements").then().statusCode(422)
                .body("errors[0].field", equalTo("projectIds[0]")).body("errors[0].message", containsString("not a known KA171 project"));
        badRequestAs("coordinator").body(with(agreement(home, partner), "projectIds", List.of(othersProject)))
                .post("/api/v1/agreements").then().statusCode(422)
                .body("errors[0].field", equalTo("projectIds[0]")).body("errors[0].message", containsString("does not list this partner"))
                .body("errors[0].code", equalTo("agreement.projects.partnerMissing"));
        as("coordinator").queryParam("partnerId", partner).get("/api/v1/agreements").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProjectCannotDropAPartnerWhoseAgreementItFunds() {
        String beneficiary = newPartner();
        JsonPath funding = project(beneficiary, List.of(home, partner));
        String projectId = funding.getString("id");
        create(with(agreement(home, partner), "projectIds", List.of(projectId)));

        Map<String, Object> withoutPartner = new HashMap<>(Map.of("reference", funding.getString("reference"), "callYear", 2024,
                "beneficiaryInstitutionId", beneficiary, "startDate", "2024-08-01", "endDate", "2026-07-31",
                "partnerInstitutionIds", List.of(home), "budget", List.of(), "status", "ONGOING", "version", funding.getInt("version")));
        badRequestAs("coordinator").body(withoutPartner).put("/api/v1/projects/" + projectId).then().statusCode(422)
                .body("errors[0].field", equalTo("partnerInstitutionIds"))
                .body("errors[0].message", containsString("remove the project from that agreement first"))
                .body("errors[0].code", equalTo("project.partners.funded")).body("errors[0].args.partnerIds", equalTo(partner));
        assertThat(as("coordinator").get("/api/v1/projects/" + projectId).then().statusCode(200).extract().jsonPath()
                .getList("partners.id")).containsExactlyInAnyOrder(home, partner);
    }
}
