package org.mobilitydesk.common;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/** The one place where failures become RFC 9457 problem responses. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://mobilitydesk.org/problems/";

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Problem problem = new Problem(TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), request.path(), null,
                e.errors(), e.currentStatus(), e.currentHash(), e.currentVersion());
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequestsException e, HttpServerRequest request) {
        return Response.fromResponse(problem(e, request)).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(400, "validation", "Invalid request", detail, request, null, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonParseException e, HttpServerRequest request) {
        return malformed(request);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        return wrongValue(e, "is not a known property", request);
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, HttpServerRequest request) {
        return wrongValue(e, "has the wrong type or format", request);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return wrongValue(e, "has the wrong type or format", request);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, HttpServerRequest request) {
        return malformed(request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this action", request, null, null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(Exception e, HttpServerRequest request) {
        return respond(409, "stale-version", "Stale version",
                "Someone changed this record at the same time. Reload it and apply your change again.", request, null,
                List.of(new FieldError("version", "is stale")));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongValue(mapping, "has the wrong type or format", request);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return malformed(request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path();
            case 405 -> "The method " + request.method() + " is not allowed on " + request.path();
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource answers with application/json";
            default -> title;
        };
        return respond(status, slug(title), title, detail, request, null, null);
    }

    @ServerExceptionMapper(priority = RestResponse.StatusCode.INTERNAL_SERVER_ERROR)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s %s", correlationId, request.method(), request.path());
        return respond(500, "unexpected", "Unexpected failure",
                "Something went wrong on our side. Try again later; if it persists, report the correlation id.", request,
                correlationId, null);
    }

    private Response unauthenticated(HttpServerRequest request) {
        Response response = respond(401, "unauthorized", "Unauthorized",
                "Sign in: this request needs a valid bearer token", request, null, null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response malformed(HttpServerRequest request) {
        return respond(400, "malformed", "Malformed request body", "The request body is not valid JSON", request, null, null);
    }

    private Response wrongValue(JsonMappingException e, String message, HttpServerRequest request) {
        String field = jsonPath(e.getPath());
        if (field.isEmpty()) {
            return respond(400, "malformed", "Malformed request body", "The request body does not have the expected shape",
                    request, null, null);
        }
        return respond(400, "validation", "Invalid request", "1 field is invalid", request, null,
                List.of(new FieldError(field, message)));
    }

    private Response respond(int status, String type, String title, String detail, HttpServerRequest request,
            String correlationId, List<FieldError> errors) {
        return respond(new Problem(TYPE_BASE + type, title, status, detail, request.path(), correlationId, errors, null, null, null));
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(key).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
