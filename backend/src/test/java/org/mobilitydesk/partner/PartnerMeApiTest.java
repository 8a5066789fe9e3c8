package org.mobilitydesk.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mobilitydesk.institution.InstitutionFixtures.partner;
import static org.mobilitydesk.institution.InstitutionFixtures.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PartnerMeApiTest extends ApiTest {

    /** A new "University of Tartu" and a client mapped to it. */
    private JsonPath tartuWithClient(String client) {
        JsonPath tartu = as("coordinator").body(partner("University of Tartu " + unique())).post("/api/v1/institutions").then()
                .statusCode(201).extract().jsonPath();
        as("admin").body(Map.of("institutionId", tartu.getString("id"))).put("/api/v1/partner-clients/" + client).then().statusCode(201);
        return tartu;
    }

    @ParameterizedTest
    @ValueSource(strings = { "azp", "client_id" })
    void aMappedClientActsForItsInstitution(String claim) {
        String client = "partner-tartu-" + unique();
        JsonPath tartu = tartuWithClient(client);
        asPartnerClient(claim, client).get("/api/v1/partner/me").then().statusCode(200)
                .body("clientId", equalTo(client)).body("institutionId", equalTo(tartu.getString("id")))
                .body("name", equalTo(tartu.getString("name"))).body("erasmusCode", equalTo(tartu.getString("erasmusCode")))
                .body("countryCode", equalTo("EE"));
    }

    @Test
    void anUnmappedClientIsToldThatAnAdministratorMustMapIt() {
        String client = "partner-nowhere-" + unique();
        asPartnerClient("azp", client).get("/api/v1/partner/me").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://mobilitydesk.org/problems/partner-client-not-mapped"))
                .body("detail", containsString("An administrator must map the client " + client + " to an institution"));
    }

    @Test
    void aRemovedMappingEndsAccess() {
        String client = "partner-removed-" + unique();
        tartuWithClient(client);
        asPartnerClient("azp", client).get("/api/v1/partner/me").then().statusCode(200);
        deletingAs("admin").delete("/api/v1/partner-clients/" + client).then().statusCode(204);
        asPartnerClient("azp", client).get("/api/v1/partner/me").then().statusCode(403);
    }

    @Test
    void aTokenWithoutAClientIsRefused() {
        asPartnerClient(null, null).get("/api/v1/partner/me").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://mobilitydesk.org/problems/partner-client-missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "admin" })
    void onlyPartnersCallThePartnerApi(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        badRequestAs(caller).get("/api/v1/partner/me").then().statusCode(expected).contentType("application/problem+json")
                .body("status", equalTo(expected));
    }
}
