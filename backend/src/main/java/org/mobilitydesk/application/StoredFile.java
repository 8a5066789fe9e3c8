package org.mobilitydesk.application;

import jakarta.ws.rs.core.Response;

/** An uploaded document as stored, and how any download of it is answered. */
public record StoredFile(String fileName, String contentType, byte[] content) {

    public static StoredFile of(ApplicationDocument document) {
        return new StoredFile(document.fileName, document.contentType, document.content);
    }

    /**
     * The bytes under their stored type, saved or shown inline; the browser neither guesses another type nor lets the
     * file run anything (sandbox), and nothing keeps a copy.
     */
    public Response response(boolean inline) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", FileNames.contentDisposition(fileName, inline))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
