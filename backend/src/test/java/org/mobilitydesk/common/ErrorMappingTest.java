package org.mobilitydesk.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorMappingTest extends ApiTest {

    @Test
    void unexpectedFailuresHideInternalsAndGiveACorrelationId() {
        badRequestAs(null).get("/api/v1/test-failure").then().statusCode(500).contentType("application/problem+json")
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internals")))
                .body(not(containsString("at org.")));
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        badRequestAs(null).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/nothing-here"));
        badRequestAs("coordinator").delete("/api/v1/institutions").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsAnswer() {
        io.restassured.RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
