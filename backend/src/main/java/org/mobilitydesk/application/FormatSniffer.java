package org.mobilitydesk.application;

import java.util.Arrays;
import java.util.Optional;

import org.mobilitydesk.call.DocumentFormat;

/**
 * Recognises an uploaded file by its first bytes (magic numbers), never by its name or the type the browser declared:
 * PDF ({@code %PDF-}), PNG (its 8-byte signature) and JPEG ({@code FF D8 FF}); and names a few common others in refusals.
 */
public final class FormatSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_LENGTH = 8;

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    /** What the content is: an accepted format, or a description of something else. */
    public record Sniffed(DocumentFormat format, String description) {

        public Optional<DocumentFormat> recognised() {
            return Optional.ofNullable(format);
        }
    }

    private FormatSniffer() {
    }

    public static Sniffed sniff(byte[] head) {
        if (startsWith(head, PDF)) {
            return new Sniffed(DocumentFormat.PDF, "a PDF document");
        }
        if (startsWith(head, PNG)) {
            return new Sniffed(DocumentFormat.PNG, "a PNG image");
        }
        if (startsWith(head, JPEG)) {
            return new Sniffed(DocumentFormat.JPEG, "a JPEG image");
        }
        return new Sniffed(null, other(head));
    }

    public static String mediaType(DocumentFormat format) {
        return switch (format) {
            case PDF -> "application/pdf";
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
        };
    }

    public static String extension(DocumentFormat format) {
        return switch (format) {
            case PDF -> "pdf";
            case PNG -> "png";
            case JPEG -> "jpg";
        };
    }

    private static String other(byte[] head) {
        if (startsWith(head, new byte[] { 'M', 'Z' })) {
            return "a Windows executable";
        }
        if (startsWith(head, new byte[] { 0x7F, 'E', 'L', 'F' })) {
            return "an ELF executable";
        }
        if (startsWith(head, new byte[] { 'P', 'K', 3, 4 })) {
            return "a ZIP archive (or an Office document)";
        }
        if (startsWith(head, new byte[] { 'G', 'I', 'F', '8' })) {
            return "a GIF image";
        }
        if (startsWith(head, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })) {
            return "an old Office document";
        }
        return "of an unrecognised format";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
