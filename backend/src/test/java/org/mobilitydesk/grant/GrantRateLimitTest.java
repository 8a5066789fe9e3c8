package org.mobilitydesk.grant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(GrantRateLimitTest.ThreePerMinute.class)
class GrantRateLimitTest extends ApiTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mobility.grants.estimate-limit-per-minute", "3");
        }
    }

    @Test
    void anAddressOverTheLimitIsToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            as(null).body(GrantApiTest.kokshetauToTartu()).post("/api/v1/grants/estimate").then().statusCode(200);
        }
        badRequestAs(null).body(GrantApiTest.kokshetauToTartu()).post("/api/v1/grants/estimate").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue()).body("status", equalTo(429));
        as(null).get("/api/v1/rate-tables").then().statusCode(200);
    }
}
