package org.mobilitydesk.institution;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomeInstitutionApiTest extends ApiTest {

    private int configured() {
        Map<String, Object> body = InstitutionFixtures.home("Asia/Bishkek");
        Integer version = as(null).get("/api/v1/home-institution").then().extract().path("version");
        body.put("version", version);
        return as("admin").body(body).put("/api/v1/home-institution").then().statusCode(200).extract().path("version");
    }

    @Test
    void adminConfiguresAndEveryoneReads() {
        int version = configured();
        as(null).get("/api/v1/home-institution").then().statusCode(200).body("timeZone", equalTo("Asia/Bishkek"))
                .body("countryName", equalTo("Kyrgyzstan")).body("version", equalTo(version)).body("contacts", nullValue());
        Map<String, Object> edit = InstitutionFixtures.home("Asia/Almaty");
        edit.put("version", version);
        as("admin").body(edit).put("/api/v1/home-institution").then().statusCode(200).body("timeZone", equalTo("Asia/Almaty"))
                .body("version", equalTo(version + 1));
        badRequestAs("admin").body(edit).put("/api/v1/home-institution").then().statusCode(409);
    }

    @Test
    void timeZoneMustBeAnIanaZone() {
        int version = configured();
        Map<String, Object> edit = InstitutionFixtures.home("Bishkek/Central");
        edit.put("version", version);
        badRequestAs("admin").body(edit).put("/api/v1/home-institution").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        edit.put("timeZone", null);
        badRequestAs("admin").body(edit).put("/api/v1/home-institution").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(null).get("/api/v1/home-institution").then().body("timeZone", equalTo("Asia/Bishkek")).body("version", equalTo(version));
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "coordinator", "evaluator", "partner" })
    void onlyTheAdminConfigures(String role) {
        int version = configured();
        Map<String, Object> edit = InstitutionFixtures.home("Europe/Tallinn");
        edit.put("version", version);
        String caller = role.equals("anonymous") ? null : role;
        badRequestAs(caller).body(edit).put("/api/v1/home-institution").then().statusCode(caller == null ? 401 : 403);
        as(caller).get("/api/v1/home-institution").then().statusCode(200).body("timeZone", equalTo("Asia/Bishkek"));
    }
}
