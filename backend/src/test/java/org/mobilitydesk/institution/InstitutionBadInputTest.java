package org.mobilitydesk.institution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mobilitydesk.institution.InstitutionFixtures.partner;
import static org.mobilitydesk.institution.InstitutionFixtures.unique;
import static org.mobilitydesk.institution.InstitutionFixtures.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every kind of bad input gets a clear problem response and changes nothing. */
@QuarkusTest
class InstitutionBadInputTest extends ApiTest {

    private String id;
    private Map<String, Object> stored;
    private String snapshot;

    @BeforeEach
    void existingPartner() {
        stored = partner("Unchanged " + unique());
        id = as("coordinator").body(stored).post("/api/v1/institutions").then().statusCode(201).extract().path("id");
        snapshot = current();
    }

    private String current() {
        return as("coordinator").get("/api/v1/institutions/" + id).then().statusCode(200).extract().asString();
    }

    private long total() {
        return ((Number) as("coordinator").queryParam("size", 1).get("/api/v1/institutions").then().extract().path("total")).longValue();
    }

    private ValidatableResponse refusedCreateAndUpdate(Object body, int status) {
        long before = total();
        badRequestAs("coordinator").body(body).post("/api/v1/institutions").then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status));
        ValidatableResponse update = badRequestAs("coordinator").body(body).put("/api/v1/institutions/" + id).then()
                .statusCode(status).contentType("application/problem+json");
        assertUnchanged(before);
        return update;
    }

    private void assertUnchanged(long totalBefore) {
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(totalBefore);
        org.assertj.core.api.Assertions.assertThat(current()).isEqualTo(snapshot);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("name", "", "name"),
                Arguments.of("name", "x".repeat(201), "name"),
                Arguments.of("city", null, "city"),
                Arguments.of("countryCode", null, "countryCode"),
                Arguments.of("countryCode", "EST", "countryCode"),
                Arguments.of("latitude", 90.0001, "latitude"),
                Arguments.of("latitude", -91, "latitude"),
                Arguments.of("longitude", 180.5, "longitude"),
                Arguments.of("longitude", null, "longitude"),
                Arguments.of("erasmusCode", "TARTU", "erasmusCode"),
                Arguments.of("erasmusCode", "EE TARTU2", "erasmusCode"),
                Arguments.of("pic", "12345", "pic"),
                Arguments.of("website", "javascript:alert(1)", "website"),
                Arguments.of("notes", "n".repeat(4001), "notes"),
                Arguments.of("otherNames", Map.of("Russian", "Тарту"), "otherNames[Russian]"),
                Arguments.of("contacts", List.of(Map.of("name", "A", "email", "not-an-email")), "contacts[0].email"),
                Arguments.of("contacts", List.of(Map.of("role", "no name")), "contacts[0].name"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void invalidFieldsAreNamed(String field, Object value, String reported) {
        refusedCreateAndUpdate(with(with(stored, field, value), "version", 0), 400)
                .body("errors.field", hasItem(reported)).body("type", containsString("validation"));
    }

    @Test
    void wrongTypesNameTheField() {
        refusedCreateAndUpdate(with(with(stored, "latitude", "north"), "version", 0), 400)
                .body("errors[0].field", equalTo("latitude"));
        refusedCreateAndUpdate(with(with(stored, "contacts", "Kadri"), "version", 0), 400)
                .body("errors[0].field", equalTo("contacts"));
    }

    @Test
    void malformedJsonAndMissingBody() {
        refusedCreateAndUpdate("{\"name\": \"Broken\",", 400).body("title", equalTo("Malformed request body"));
        refusedCreateAndUpdate("", 400);
        refusedCreateAndUpdate(with(with(stored, "unexpected", 1), "version", 0), 400)
                .body("errors[0].field", equalTo("unexpected"));
    }

    @Test
    void unknownCountryIsARuleViolation() {
        refusedCreateAndUpdate(with(with(stored, "countryCode", "QQ"), "version", 0), 422)
                .body("errors[0].field", equalTo("countryCode"));
    }

    @Test
    void duplicateErasmusCodeIsAConflictWhateverItsSpacingAndCase() {
        String code = (String) stored.get("erasmusCode");
        long before = total();
        badRequestAs("coordinator").body(with(partner("Copy " + unique()), "erasmusCode", code.toLowerCase().replace(" ", "   ")))
                .post("/api/v1/institutions").then().statusCode(409).body("errors[0].field", equalTo("erasmusCode"));
        String otherId = as("coordinator").body(partner("Other " + unique())).post("/api/v1/institutions").then().statusCode(201)
                .extract().path("id");
        badRequestAs("coordinator").body(with(with(partner("Other"), "erasmusCode", code), "version", 0))
                .put("/api/v1/institutions/" + otherId).then().statusCode(409);
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before + 1);
        org.assertj.core.api.Assertions.assertThat(current()).isEqualTo(snapshot);
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = "/api/v1/institutions/" + UUID.randomUUID();
        badRequestAs(null).get(unknown).then().statusCode(404).contentType("application/problem+json");
        badRequestAs("coordinator").body(with(stored, "version", 0)).put(unknown).then().statusCode(404);
        badRequestAs("coordinator").body(Map.of("version", 0)).post(unknown + "/archive").then().statusCode(404);
        badRequestAs(null).get("/api/v1/institutions/not-a-uuid").then().statusCode(404);
        assertUnchanged(total());
    }

    @Test
    void staleVersionOnArchiveChangesNothing() {
        badRequestAs("coordinator").body(Map.of("version", 7)).post("/api/v1/institutions/" + id + "/archive").then()
                .statusCode(409).body("detail", containsString("current version 0"));
        badRequestAs("coordinator").body(Map.of()).post("/api/v1/institutions/" + id + "/archive").then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        assertUnchanged(total());
    }

    @Test
    void pagingAndFilterParametersAreValidated() {
        badRequestAs(null).queryParam("size", 201).get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        badRequestAs(null).queryParam("page", -1).get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        badRequestAs(null).queryParam("sort", "password").get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        badRequestAs(null).queryParam("region", 15).get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        badRequestAs(null).queryParam("status", "DELETED").get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void htmlAndSqlLookingTextIsStoredVerbatim() {
        String html = "<script>alert('x')</script> " + unique();
        String sql = "Robert'); DROP TABLE institution;-- " + unique();
        String created = as("coordinator").body(with(with(partner(html), "notes", sql), "city", "O'Higgins"))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
        as("coordinator").get("/api/v1/institutions/" + created).then().body("name", equalTo(html)).body("notes", equalTo(sql))
                .body("city", equalTo("O'Higgins"));
        as(null).queryParam("q", sql).get("/api/v1/institutions").then().statusCode(200);
        as(null).queryParam("q", html).get("/api/v1/institutions").then().body("total", equalTo(1));
    }

    @Test
    void wrongMediaTypeIsRefused() {
        long before = total();
        badRequestAs("coordinator").contentType("text/plain").body("name=x").post("/api/v1/institutions").then()
                .statusCode(415).contentType("application/problem+json");
        assertUnchanged(before);
    }

    @Test
    void badTokensAreUnauthorised() {
        badRequestAs(null).header("Authorization", "Bearer not.a.token").body(partner("Bad token"))
                .post("/api/v1/institutions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        badRequestAs(null).header("Authorization", "Bearer not.a.token").get("/api/v1/institutions").then().statusCode(401);
        as(null).queryParam("q", "Bad token").get("/api/v1/institutions").then().body("items.name", not(hasItem("Bad token")));
    }
}
