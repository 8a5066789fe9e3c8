package org.mobilitydesk.reference;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceApiTest extends ApiTest {

    private static final String COUNTRY = "find { it.code == '%s' }.";

    @Test
    void countriesCarryTheGroupAndRegionOfTheRequestedCallYear() {
        as(null).queryParam("callYear", 2023).get("/api/v1/reference/countries").then().statusCode(200)
                .body(COUNTRY.formatted("EE") + "receivingGroup", equalTo(3))
                .body(COUNTRY.formatted("EE") + "side", equalTo("EU"))
                .body(COUNTRY.formatted("AT") + "receivingGroup", equalTo(2))
                .body(COUNTRY.formatted("KG") + "partnerRegion", equalTo(6))
                .body(COUNTRY.formatted("KG") + "names.ky", equalTo("Кыргызстан"))
                .body(COUNTRY.formatted("KZ") + "names.kk", equalTo("Қазақстан"));
        as(null).queryParam("callYear", 2024).get("/api/v1/reference/countries").then().statusCode(200)
                .body(COUNTRY.formatted("EE") + "receivingGroup", equalTo(2))
                .body(COUNTRY.formatted("AT") + "receivingGroup", equalTo(1))
                .body(COUNTRY.formatted("CH") + "partnerRegion", equalTo(14))
                .body(COUNTRY.formatted("KG") + "receivingGroup", nullValue())
                .body("size()", greaterThan(240));
        as(null).queryParam("callYear", 2016).get("/api/v1/reference/countries").then().statusCode(200)
                .body(COUNTRY.formatted("KG") + "partnerRegion", nullValue());
    }

    @Test
    void callYearOutOfRangeIsRefused() {
        badRequestAs(null).queryParam("callYear", 1999).get("/api/v1/reference/countries").then().statusCode(400)
                .body("errors[0].field", equalTo("callYear"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "countries", "isced-fields", "eqf-levels", "cefr-levels", "languages", "academic-years" })
    void everyListIsCacheableWithAnETag(String list) {
        String etag = as("applicant").get("/api/v1/reference/" + list).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=3600")).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
        as(null).header("If-None-Match", etag).get("/api/v1/reference/" + list).then().statusCode(304);
        as(null).header("If-None-Match", "\"other\"").get("/api/v1/reference/" + list).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner", "admin" })
    void everyRoleReadsReferenceDataButNotWithABadToken(String role) {
        as(role.equals("anonymous") ? null : role).get("/api/v1/reference/countries").then().statusCode(200)
                .body(COUNTRY.formatted("KG") + "name", equalTo("Kyrgyzstan"));
        badRequestAs(null).header("Authorization", "Bearer expired.or.forged").get("/api/v1/reference/countries").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void educationAndLanguageListsHaveTheirKnownEntries() {
        as(null).get("/api/v1/reference/isced-fields").then()
                .body("find { it.code == '0912' }.name", equalTo("Medicine"))
                .body("find { it.code == '0912' }.parentCode", equalTo("091"))
                .body("find { it.code == '09' }.level", equalTo("BROAD"));
        as(null).get("/api/v1/reference/eqf-levels").then().body("size()", equalTo(8))
                .body("find { it.level == 7 }.name", containsString("Master"));
        as(null).get("/api/v1/reference/cefr-levels").then().body("code", equalTo(java.util.List.of("A1", "A2", "B1", "B2", "C1", "C2")));
        as(null).get("/api/v1/reference/languages").then().body("code", hasItems("en", "ru", "ky", "kk", "et"))
                .body("find { it.code == 'de' }.names.ru", equalTo("немецкий"));
        as(null).get("/api/v1/reference/academic-years").then()
                .body("find { it.code == '2024/2025' }.startDate", equalTo("2024-09-01"))
                .body("find { it.code == '2024/2025' }.endDate", equalTo("2025-08-31"));
    }
}
