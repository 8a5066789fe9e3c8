package org.mobilitydesk.institution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mobilitydesk.institution.InstitutionFixtures.partner;
import static org.mobilitydesk.institution.InstitutionFixtures.unique;
import static org.mobilitydesk.institution.InstitutionFixtures.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InstitutionApiTest extends ApiTest {

    private JsonPath create(Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/institutions").then().statusCode(201)
                .header("Location", containsString("/api/v1/institutions/")).extract().jsonPath();
    }

    @Test
    void coordinatorCreatesReadsAndSeesContactsWhileThePublicDoesNot() {
        String name = "Tartu Ülikool " + unique();
        JsonPath created = create(partner(name));
        String id = created.getString("id");
        as("coordinator").get("/api/v1/institutions/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("contacts[0].email", equalTo("kadri@ut.ee"))
                .body("notes", equalTo("Internal note")).body("countryName", equalTo("Estonia"))
                .body("status", equalTo("ACTIVE")).body("version", equalTo(0));
        for (String role : new String[] { null, "applicant", "evaluator", "partner" }) {
            as(role).get("/api/v1/institutions/" + id).then().statusCode(200)
                    .body("name", equalTo(name)).body("contacts", nullValue()).body("notes", nullValue());
            as(role).queryParam("q", name).get("/api/v1/institutions").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].contacts", nullValue()).body("items[0].notes", nullValue());
        }
        as("admin").get("/api/v1/institutions/" + id).then().statusCode(200).body("contacts[0].name", equalTo("Kadri Tamm"));
    }

    @Test
    void erasmusCodeIsStoredInItsCanonicalForm() {
        String suffix = InstitutionFixtures.letters(5);
        JsonPath created = create(with(partner("Milano " + unique()), "erasmusCode", "i milano" + suffix.substring(0, 1) + "01"));
        as(null).get("/api/v1/institutions/" + created.getString("id")).then()
                .body("erasmusCode", equalTo("I  MILANO" + suffix.substring(0, 1) + "01"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner", "admin" })
    void onlyTheCoordinatorChangesInstitutions(String role) {
        String caller = role.equals("anonymous") ? null : role;
        int expected = caller == null ? 401 : 403;
        JsonPath created = create(partner("Role check " + unique()));
        String id = created.getString("id");
        badRequestAs(caller).body(partner("Refused " + unique())).post("/api/v1/institutions").then().statusCode(expected)
                .contentType("application/problem+json").body("status", equalTo(expected));
        badRequestAs(caller).body(with(partner("Refused"), "version", 0)).put("/api/v1/institutions/" + id).then()
                .statusCode(expected);
        badRequestAs(caller).body(Map.of("version", 0)).post("/api/v1/institutions/" + id + "/archive").then()
                .statusCode(expected);
        badRequestAs(caller).body(Map.of("version", 0)).post("/api/v1/institutions/" + id + "/restore").then()
                .statusCode(expected);
        as("coordinator").get("/api/v1/institutions/" + id).then().body("version", equalTo(0))
                .body("status", equalTo("ACTIVE")).body("name", equalTo(created.getString("name")));
        as("coordinator").queryParam("q", "Refused").get("/api/v1/institutions").then().body("total", equalTo(0));
    }

    @Test
    void updateChecksTheVersionAndKeepsDataOnAStaleOne() {
        JsonPath created = create(partner("Versioned " + unique()));
        String id = created.getString("id");
        Map<String, Object> edit = with(with(partner("Versioned edited"), "erasmusCode", created.getString("erasmusCode")), "version", 0);
        as("coordinator").body(with(edit, "city", "Valga")).put("/api/v1/institutions/" + id).then().statusCode(200)
                .body("city", equalTo("Valga")).body("version", equalTo(1));
        badRequestAs("coordinator").body(with(edit, "city", "Stale")).put("/api/v1/institutions/" + id).then()
                .statusCode(409).body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").body(with(edit, "version", null)).put("/api/v1/institutions/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        as("coordinator").get("/api/v1/institutions/" + id).then().body("city", equalTo("Valga")).body("version", equalTo(1));
    }

    @Test
    void archiveHidesFromThePublicAndRestoreBringsBack() {
        String name = "Archivable " + unique();
        String id = create(partner(name)).getString("id");
        as("coordinator").body(Map.of("version", 0)).post("/api/v1/institutions/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED")).body("version", equalTo(1));
        badRequestAs("coordinator").body(Map.of("version", 1)).post("/api/v1/institutions/" + id + "/archive").then()
                .statusCode(409).body("detail", containsString("already archived"));
        as(null).get("/api/v1/institutions/" + id).then().statusCode(404);
        as(null).queryParam("q", name).queryParam("status", "ARCHIVED").get("/api/v1/institutions").then().body("total", equalTo(0));
        as("coordinator").queryParam("q", name).get("/api/v1/institutions").then().body("total", equalTo(0));
        as("coordinator").queryParam("q", name).queryParam("status", "ARCHIVED").get("/api/v1/institutions").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("ARCHIVED"));
        as("coordinator").body(Map.of("version", 1)).post("/api/v1/institutions/" + id + "/restore").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as(null).get("/api/v1/institutions/" + id).then().statusCode(200);
    }

    @Test
    void searchIgnoresCaseAndAccentsOverNamesCodesAndCities() {
        String tag = unique();
        create(with(partner("Univerzita Konštantína Filozofa v Nitre " + tag), "city", "Nitra"));
        create(with(with(partner("Tartu Ülikool " + tag), "city", "Tartu"), "otherNames", Map.of("ru", "Тартуский университет " + tag)));
        as(null).queryParam("q", "konstantina filozofa v nitre " + tag).get("/api/v1/institutions").then().body("total", equalTo(1));
        as(null).queryParam("q", "TARTU ULIKOOL " + tag).get("/api/v1/institutions").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("Tartu Ülikool " + tag));
        as(null).queryParam("q", "тартуский университет " + tag).get("/api/v1/institutions").then().body("total", equalTo(1));
        as(null).queryParam("q", tag).get("/api/v1/institutions").then().body("total", equalTo(2));
        as(null).queryParam("q", "nitra " + tag + " konstantina").get("/api/v1/institutions").then().body("total", equalTo(1));
        as(null).queryParam("q", "nitra " + tag + " tartu").get("/api/v1/institutions").then().body("total", equalTo(0));
        as(null).queryParam("q", "100%_" + tag).get("/api/v1/institutions").then().body("total", equalTo(0));
    }

    @Test
    void filtersByCountryAndPartnerRegionAndPages() {
        String tag = unique();
        for (int i = 0; i < 3; i++) {
            create(with(with(with(partner("Kazakh " + tag + " " + i), "countryCode", "KZ"), "city", "Kokshetau"), "erasmusCode", null));
        }
        create(partner("Estonian " + tag));
        as(null).queryParam("q", tag).queryParam("country", "kz").get("/api/v1/institutions").then()
                .body("total", equalTo(3)).body("items.countryCode", everyItem(equalTo("KZ")));
        as(null).queryParam("q", tag).queryParam("region", 6).get("/api/v1/institutions").then().body("total", equalTo(3));
        as(null).queryParam("q", tag).queryParam("region", 14).get("/api/v1/institutions").then().body("total", equalTo(0));
        as(null).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name")
                .get("/api/v1/institutions").then().body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.name", equalTo(List.of("Kazakh " + tag + " 0", "Estonian " + tag)));
        as(null).queryParam("q", tag).queryParam("sort", "country").get("/api/v1/institutions").then()
                .body("items[0].countryCode", equalTo("EE"));
    }

    @Test
    void theHomeInstitutionIsNotAPartner() {
        as("admin").body(Map.of("name", "International Higher School of Medicine", "countryCode", "KG", "city", "Bishkek",
                "latitude", 42.8424, "longitude", 74.5863, "timeZone", "Asia/Bishkek")).put("/api/v1/home-institution");
        as(null).queryParam("q", "Higher School of Medicine").get("/api/v1/institutions").then()
                .body("items.name", not(hasItem("International Higher School of Medicine")));
        String homeId = as(null).get("/api/v1/home-institution").then().statusCode(200).extract().path("id");
        badRequestAs("coordinator").get("/api/v1/institutions/" + homeId).then().statusCode(404);
    }
}
