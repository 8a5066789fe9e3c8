package org.mobilitydesk.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mobilitydesk.institution.InstitutionFixtures.partner;
import static org.mobilitydesk.institution.InstitutionFixtures.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.institution.InstitutionFixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnerClientApiTest extends ApiTest {

    private String institution(String name) {
        return as("coordinator").body(partner(name)).post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    private String homeInstitution() {
        Map<String, Object> body = InstitutionFixtures.home("Asia/Bishkek");
        body.put("version", as(null).get("/api/v1/home-institution").then().extract().path("version"));
        return as("admin").body(body).put("/api/v1/home-institution").then().statusCode(200).extract().path("id");
    }

    @Test
    void adminMapsMovesListsAndRemovesAClient() {
        String client = "partner-" + unique();
        String tartu = institution("University of Tartu " + unique());
        String milan = institution("University of Milan " + unique());
        as("admin").body(Map.of("institutionId", tartu)).put("/api/v1/partner-clients/" + client).then().statusCode(201)
                .header("Location", containsString("/api/v1/partner-clients/" + client))
                .body("clientId", equalTo(client)).body("institutionId", equalTo(tartu))
                .body("institutionName", containsString("University of Tartu")).body("createdBy", equalTo("admin-user"));
        as("admin").body(Map.of("institutionId", milan)).put("/api/v1/partner-clients/" + client).then().statusCode(200)
                .body("institutionId", equalTo(milan)).body("institutionName", containsString("University of Milan"));
        as("admin").queryParam("size", 200).get("/api/v1/partner-clients").then().statusCode(200)
                .body("items.clientId", hasItem(client)).body("items.find { it.clientId == '" + client + "' }.institutionId", equalTo(milan));
        deletingAs("admin").delete("/api/v1/partner-clients/" + client).then().statusCode(204);
        as("admin").queryParam("size", 200).get("/api/v1/partner-clients").then().body("items.clientId", not(hasItem(client)));
        deletingAs("admin").delete("/api/v1/partner-clients/" + client).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aClientActsOnlyForAnExistingPartnerInstitution() {
        String client = "partner-" + unique();
        badRequestAs("admin").body(Map.of("institutionId", "0b6f3c1e-1d2a-4c0e-9a11-999999999999")).put("/api/v1/partner-clients/" + client)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("institutionId"));
        badRequestAs("admin").body(Map.of("institutionId", homeInstitution())).put("/api/v1/partner-clients/" + client).then()
                .statusCode(422);
        badRequestAs("admin").body(Map.of()).put("/api/v1/partner-clients/" + client).then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"));
        badRequestAs("admin").body(Map.of("institutionId", "not-a-uuid")).put("/api/v1/partner-clients/" + client).then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"));
        badRequestAs("admin").body(Map.of("institutionId", institution("Bad client id " + unique())))
                .put("/api/v1/partner-clients/bad client").then().statusCode(400).body("errors[0].field", equalTo("clientId"));
        badRequestAs("admin").get("/api/v1/partner-clients/" + client).then().statusCode(405);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner" })
    void onlyAdminsManageClients(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        String client = "partner-" + unique();
        String institution = institution("Role check " + unique());
        as("admin").body(Map.of("institutionId", institution)).put("/api/v1/partner-clients/" + client).then().statusCode(201);
        badRequestAs(caller).get("/api/v1/partner-clients").then().statusCode(expected).contentType("application/problem+json");
        badRequestAs(caller).body(Map.of("institutionId", institution)).put("/api/v1/partner-clients/other-" + client).then()
                .statusCode(expected);
        badRequestAs(caller).delete("/api/v1/partner-clients/" + client).then().statusCode(expected);
        as("admin").queryParam("size", 200).get("/api/v1/partner-clients").then()
                .body("items.clientId", hasItem(client)).body("items.clientId", not(hasItem("other-" + client)));
    }
}
