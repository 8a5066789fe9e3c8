package org.mobilitydesk.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Mobility Desk API", version = "1.0.0",
                description = "Erasmus+ KA171 International Credit Mobility for international relations offices: partner universities and reference data. "
                        + "Every error is an RFC 9457 problem detail (application/problem+json). Sign in with a bearer token from the mobility-desk Keycloak realm.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")))
public class ApiDefinition extends Application {
}
