package org.mobilitydesk.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Uploaded file names made safe to store and to send back in Content-Disposition (RFC 6266, RFC 8187). */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The name without a path, control characters or surrounding blanks, at most 200 characters; fallback when nothing is left. */
    public static String clean(String submitted, String fallback) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (or inline). */
    public static String contentDisposition(String fileName, boolean inline) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
