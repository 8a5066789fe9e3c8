package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mobilitydesk.agreement.AgreementFixtures.agreement;
import static org.mobilitydesk.agreement.AgreementFixtures.newPartner;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The partner API for agreements: a partner system sees only its institution's agreements and approves by hash. */
@QuarkusTest
class PartnerAgreementApiTest extends AgreementApiTestBase {

    private String client;

    @BeforeEach
    void partnerSystem() {
        client = "partner-" + UUID.randomUUID();
        as("admin").body(Map.of("institutionId", partner)).put("/api/v1/partner-clients/" + client).then().statusCode(201);
    }

    private JsonPath signed() {
        Map<String, Object> body = agreement(home, partner);
        body.put("notes", "Internal: their dean is difficult");
        String id = as("coordinator").body(body).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        return as("coordinator").body(Map.of("version", 0)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(200)
                .extract().jsonPath();
    }

    private List<String> notified(String id) {
        return as("coordinator").queryParam("subjectId", id).get("/api/v1/notifications").then().statusCode(200).extract().path("items.type");
    }

    @Test
    void thePartnerReadsItsAgreementWithoutTheNotesAndApprovesTheHashItSaw() {
        JsonPath signed = signed();
        String id = signed.getString("id");
        String hash = signed.getString("contentHash");
        asPartnerClient("azp", client).get("/api/v1/partner/agreements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        asPartnerClient("azp", client).get("/api/v1/partner/agreements/" + id).then().statusCode(200)
                .body("notes", nullValue()).body("contentHash", equalTo(hash)).body("status", equalTo("SIGNED_BY_HOME"));

        asPartnerClient("azp", client).body(Map.of("hash", hash)).post("/api/v1/partner/agreements/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("IN_FORCE")).body("contentHash", equalTo(hash)).body("notes", nullValue())
                .body("transitions[-1].actor", equalTo("partner:" + client));
        as("coordinator").get("/api/v1/agreements/" + id).then().body("status", equalTo("IN_FORCE"))
                .body("notes", equalTo("Internal: their dean is difficult"));
        assertThat(notified(id)).containsExactlyInAnyOrder("agreement.sign", "agreement.approve");
    }

    @Test
    void duringAnAmendmentThePartnerSeesTheVersionInForceAndTheAmendmentItIsAskedToApprove() throws Exception {
        JsonPath signed = signed();
        String id = signed.getString("id");
        String approved = signed.getString("contentHash");
        asPartnerClient("azp", client).body(Map.of("hash", approved)).post("/api/v1/partner/agreements/" + id + "/approve").then().statusCode(200);
        int version = as("coordinator").get("/api/v1/agreements/" + id).then().extract().path("version");
        Map<String, Object> amended = AgreementFixtures.with(AgreementFixtures.withFlowField(agreement(home, partner), "mobilitiesPerYear", 5),
                "version", version);
        int draft = as("coordinator").body(amended).put("/api/v1/agreements/" + id).then().statusCode(200).extract().path("version");
        String proposed = as("coordinator").body(Map.of("version", draft)).post("/api/v1/agreements/" + id + "/sign").then().statusCode(200)
                .extract().path("amendment.contentHash");

        asPartnerClient("azp", client).get("/api/v1/partner/agreements").then().statusCode(200)
                .body("items[0].status", equalTo("IN_FORCE")).body("items[0].contentHash", equalTo(approved))
                .body("items[0].conditionsNumber", equalTo(1)).body("items[0].amendment.status", equalTo("SIGNED_BY_HOME"))
                .body("items[0].amendment.contentHash", equalTo(proposed));
        as("coordinator").queryParam("partnerId", partner).queryParam("awaitingPartner", true).get("/api/v1/agreements").then()
                .body("items.id", contains(id));
        asPartnerClient("azp", client).get("/api/v1/partner/agreements/" + id).then().statusCode(200)
                .body("status", equalTo("IN_FORCE")).body("contentHash", equalTo(approved)).body("flows[0].mobilitiesPerYear", equalTo(2))
                .body("amendment.conditionsNumber", equalTo(2)).body("amendment.flows[0].mobilitiesPerYear", equalTo(5));
        byte[] pdf = badRequestAs(null).header("Authorization", "Bearer " + partnerToken("azp", client)).accept("application/pdf")
                .get("/api/v1/partner/agreements/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        assertThat(text(pdf)).contains("Version 1 · In force until 31 August 2028", approved,
                "Amendment in progress: version 2, signed by the home institution and awaiting the partner's approval");

        asPartnerClient("azp", client).body(Map.of("hash", proposed)).post("/api/v1/partner/agreements/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("IN_FORCE")).body("conditionsNumber", equalTo(2))
                .body("contentHash", equalTo(proposed)).body("amendment", nullValue());
        assertThat(notified(id)).containsExactlyInAnyOrder("agreement.sign", "agreement.approve", "agreement.edit-conditions",
                "agreement.sign", "agreement.approve");
    }

    @Test
    void aStaleOrForgedHashIs409WithTheCurrentHashAndChangesNothing() {
        JsonPath signed = signed();
        String id = signed.getString("id");
        String forged = "0".repeat(64);
        badRequestAs(null).header("Authorization", "Bearer " + partnerToken("azp", client)).body(Map.of("hash", forged))
                .post("/api/v1/partner/agreements/" + id + "/approve").then().statusCode(409)
                .body("currentHash", equalTo(signed.getString("contentHash"))).body("currentStatus", equalTo("SIGNED_BY_HOME"));
        badRequestAs(null).header("Authorization", "Bearer " + partnerToken("azp", client)).body(Map.of("hash", "not-a-hash"))
                .post("/api/v1/partner/agreements/" + id + "/approve").then().statusCode(400).body("errors[0].field", equalTo("hash"));
        as("coordinator").get("/api/v1/agreements/" + id).then().body("status", equalTo("SIGNED_BY_HOME"));
    }

    @Test
    void thePartnerDeclinesWithAComment() {
        JsonPath signed = signed();
        String id = signed.getString("id");
        badRequestAs(null).header("Authorization", "Bearer " + partnerToken("azp", client))
                .body(Map.of("hash", signed.getString("contentHash"), "comment", " ")).post("/api/v1/partner/agreements/" + id + "/decline")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        asPartnerClient("azp", client).body(Map.of("hash", signed.getString("contentHash"), "comment", "Add a staff training flow"))
                .post("/api/v1/partner/agreements/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED_BY_PARTNER")).body("transitions[-1].comment", equalTo("Add a staff training flow"));
        assertThat(notified(id)).contains("agreement.decline");
    }

    @Test
    void anotherPartnersAgreementIsUnknownToIt() {
        String id = signed().getString("id");
        String other = "partner-" + UUID.randomUUID();
        as("admin").body(Map.of("institutionId", newPartner())).put("/api/v1/partner-clients/" + other).then().statusCode(201);
        String bearer = "Bearer " + partnerToken("azp", other);
        badRequestAs(null).header("Authorization", bearer).get("/api/v1/partner/agreements/" + id).then().statusCode(404);
        badRequestAs(null).header("Authorization", bearer).body(Map.of("hash", "0".repeat(64)))
                .post("/api/v1/partner/agreements/" + id + "/approve").then().statusCode(404);
        badRequestAs(null).header("Authorization", bearer).accept("application/pdf").get("/api/v1/partner/agreements/" + id + "/pdf").then().statusCode(404);
        asPartnerClient("azp", other).get("/api/v1/partner/agreements").then().body("total", equalTo(0));
        as("coordinator").get("/api/v1/agreements/" + id).then().body("status", equalTo("SIGNED_BY_HOME"));
    }

    @Test
    void coordinatorAndPartnerDownloadThePrintedAgreement() throws Exception {
        JsonPath signed = signed();
        String id = signed.getString("id");
        byte[] pdf = badRequestAs("coordinator").accept("application/pdf").get("/api/v1/agreements/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("agreement-" + id + ".pdf"))
                .extract().asByteArray();
        assertThat(text(pdf)).contains(signed.getString("partnerInstitutionName"), "Student mobility for studies", "IHSM-IIA-17",
                "Version 1 · Signed by the home institution, awaiting the partner's approval", "English", "0912 Medicine (dentistry)",
                "6 (Bachelor or equivalent), 7 (Master or equivalent)").doesNotContain("SIGNED_BY_HOME");
        byte[] partnerCopy = badRequestAs(null).header("Authorization", "Bearer " + partnerToken("azp", client)).accept("application/pdf")
                .get("/api/v1/partner/agreements/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        assertThat(text(partnerCopy)).contains(signed.getString("contentHash")).doesNotContain("their dean");
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "admin" })
    void onlyPartnerSystemsUseThePartnerApi(String role) {
        String id = signed().getString("id");
        String caller = role.equals("anonymous") ? null : role;
        int refused = caller == null ? 401 : 403;
        badRequestAs(caller).get("/api/v1/partner/agreements").then().statusCode(refused);
        badRequestAs(caller).body(Map.of("hash", "0".repeat(64))).post("/api/v1/partner/agreements/" + id + "/approve").then().statusCode(refused);
    }
}
