package org.mobilitydesk.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves data that never changes while the application runs (it arrives by migration) with a strong ETag and
 * Cache-Control, answering 304 to a matching If-None-Match. Each body is serialised once per key.
 */
@ApplicationScoped
public class CacheableJson {

    private static final int MAX_AGE_SECONDS = 3600;

    private record Entry(byte[] body, EntityTag tag) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    public Response respond(Request request, String key, Supplier<Object> body) {
        Entry entry = entries.computeIfAbsent(key, k -> serialise(body.get()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(entry.tag());
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE).tag(entry.tag()).cacheControl(cache).build();
    }

    private Entry serialise(Object value) {
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Entry(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot serialise reference data", e);
        }
    }
}
