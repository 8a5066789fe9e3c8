package org.mobilitydesk.application.review;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** File names of downloads: Content-Disposition values (RFC 6266 with RFC 8187 encoding) and the export's name. */
final class DownloadNames {

    private static final int MAX_SLUG = 60;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DownloadNames() {
    }

    /**
     * attachment or inline with a file name twice: an ASCII fallback in quotes for old clients, and the exact UTF-8
     * name in filename*, which current browsers prefer. Neither can break out of the header or name a path.
     */
    static String contentDisposition(boolean inline, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** Letters and digits without accents, other printable ASCII except quote, backslash and slashes; the rest becomes _. */
    static String asciiFallback(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value: attr-char as it is, every other UTF-8 byte as %XX. */
    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** applications-erasmus-study-exchange-2026-2027-2027-04-01.csv; the call's id when the title gives no ASCII slug. */
    static String export(Map<String, String> title, UUID callId, LocalDate date, String extension) {
        String text = title == null ? null : title.getOrDefault("en", title.values().stream().findFirst().orElse(null));
        String slug = slug(text);
        return "applications-" + (slug.isEmpty() ? callId.toString() : slug) + "-" + date + "." + extension;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
