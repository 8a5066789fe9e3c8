package org.mobilitydesk.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every declared error response (4xx, 5xx) of the contract the problem+json body, so resources only name the
 * status and say when it happens; declares on every operation the 401 that a bad token gets (see SentTokenCheck) and,
 * on those that need a role, the 403 of a user without it, so resources declare them only to say more.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description(secured ? "Not signed in, or the token is not valid"
                    : "A token was sent and is not valid (expired, forged or from another issuer)"));
        }
        if (secured && !operation.getResponses().hasAPIResponse("403")) {
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("The signed-in user's roles do not allow this"));
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(response);
            }
        });
        return operation;
    }

    private static void withProblemBody(APIResponse response) {
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
