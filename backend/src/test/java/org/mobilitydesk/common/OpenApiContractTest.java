package org.mobilitydesk.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed contract must equal what the code generates; `make openapi` regenerates it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(ApiTest.CONTRACT, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(ApiTest.CONTRACT) ? Files.readString(ApiTest.CONTRACT, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("openapi.yaml differs from what the code generates: run `make openapi` and commit the result")
                .isEqualTo(generated);
    }
}
