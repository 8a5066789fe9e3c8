package org.mobilitydesk.common;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.apache.http.entity.mime.HttpMultipartMode;

/**
 * Base of the API tests: real HTTP against the running test application and the real PostgreSQL, every request and
 * response checked against the committed contract openapi.yaml, tokens signed by the in-process OIDC test server.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public abstract class ApiTest {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");

    private static OpenApiValidationFilter strict;
    private static OpenApiValidationFilter responsesOnly;

    /** Loaded once per run, after the application started (the validator needs no server, but the file must exist). */
    @BeforeEach
    void contract() {
        if (strict != null) {
            return;
        }
        String spec = CONTRACT.toAbsolutePath().normalize().toUri().toString();
        strict = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(spec).build());
        responsesOnly = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(spec)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    /** A caller with exactly the given realm role, or anonymous for null; request and response must match the contract. */
    protected RequestSpecification as(String role) {
        return with(role, strict);
    }

    /** For deliberately bad requests: only the response is checked against the contract. */
    protected RequestSpecification badRequestAs(String role) {
        return with(role, responsesOnly);
    }

    /** For DELETE: it answers 204 without a body, or a problem, so the caller accepts problem+json. */
    protected RequestSpecification deletingAs(String role) {
        return as(role).accept("application/json, " + Problem.MEDIA_TYPE);
    }

    /** A partner system calling with a client credentials token; request and response must match the contract. */
    protected RequestSpecification asPartnerClient(String clientClaim, String clientId) {
        return withToken(partnerToken(clientClaim, clientId), strict);
    }

    /** For deliberately bad requests of a partner system: only the response is checked against the contract. */
    protected RequestSpecification badRequestAsPartnerClient(String clientClaim, String clientId) {
        return withToken(partnerToken(clientClaim, clientId), responsesOnly);
    }

    /** A person with the given role, their own subject and the profile claims of the identity provider. */
    protected RequestSpecification asPerson(String role, String subject, Map<String, String> claims, boolean checkRequest) {
        return withToken(signed(role + "-" + subject, role, subject, claims), checkRequest ? strict : responsesOnly);
    }

    private static RequestSpecification with(String role, OpenApiValidationFilter filter) {
        return withToken(role == null ? null : token(role), filter);
    }

    private static RequestSpecification withToken(String token, OpenApiValidationFilter filter) {
        RequestSpecification spec = given().filter(filter).contentType(ContentType.JSON).accept(ContentType.JSON);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return spec;
    }

    /** A file sent as the multipart part "file", as browsers send it: the file name in UTF-8. */
    protected static RequestSpecification withFile(RequestSpecification spec, String fileName, byte[] content, String declared) {
        return spec.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))).contentType("multipart/form-data")
                .multiPart("file", fileName, content, declared);
    }

    /** The token of {@link #asPerson}, for clients other than REST Assured. */
    public static String personToken(String role, String subject, Map<String, String> claims) {
        return signed(role + "-" + subject, role, subject, claims);
    }

    public static String token(String role) {
        return OidcWiremockTestResource.getAccessToken(role + "-user", Set.of(role));
    }

    /**
     * A token of role partner naming its OAuth client in the given claim (Keycloak's azp, or client_id), or in none
     * for a null claim; signed like {@link #token} (same subject, and the test server's default audience).
     */
    public static String partnerToken(String clientClaim, String clientId) {
        Map<String, String> claims = clientClaim == null ? Map.of() : Map.of(clientClaim, clientId);
        return signed("partner-user", Roles.PARTNER, "123456", claims);
    }

    private static String signed(String user, String role, String subject, Map<String, String> claims) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), subject, "Bearer",
                Set.of(System.getProperty("quarkus.test.oidc.token.audience", "https://server.example.com")), claims);
    }
}
