package org.mobilitydesk.application;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Uploaded file names made safe to store and to send back in Content-Disposition (RFC 6266, RFC 8187). */
public final class FileNames {

    private static final int MAX_LENGTH = 200;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

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

    /**
     * attachment or inline with a file name twice: an ASCII fallback in quotes for old clients, and the exact UTF-8
     * name in filename* (RFC 8187), which current browsers prefer. Neither can break out of the header or name a path.
     */
    public static String contentDisposition(String fileName, boolean inline) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** Letters and digits without accents, other printable ASCII except quote, backslash and slashes; the rest becomes _. */
    private static String asciiFallback(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value: attr-char as it is, every other UTF-8 byte as %XX. */
    private static String encoded(String name) {
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
}
