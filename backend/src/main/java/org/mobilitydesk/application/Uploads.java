package org.mobilitydesk.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.mobilitydesk.application.FormatSniffer.Sniffed;
import org.mobilitydesk.call.DocumentFormat;
import org.mobilitydesk.common.ProblemException;

/** An uploaded file checked before it is stored: not empty, not too large, of an accepted format by its content. */
public final class Uploads {

    /** The checked file: its bytes, its format as recognised, their SHA-256, and the name to store it under. */
    public record Checked(byte[] content, DocumentFormat format, String sha256, String fileName) {

        public String contentType() {
            return FormatSniffer.mediaType(format);
        }
    }

    /** What is accepted, and who says so in the refusals: "the call" accepts PDF "for MOTIVATION_LETTER". */
    public record Limits(long maxBytes, List<DocumentFormat> formats, String who, String what) {
    }

    private Uploads() {
    }

    /**
     * Reads the temporary file an upload was streamed to: 422 when empty, 413 over {@code maxBytes}, 415 for a format
     * outside {@code formats}. The messages say who accepts what ("the call accepts PDF for MOTIVATION_LETTER");
     * {@code stem} names a file sent without a usable name.
     */
    public static Checked check(Path file, String submittedName, Limits limits, String stem) {
        long maxBytes = limits.maxBytes();
        long size = size(file);
        if (size == 0) {
            throw ProblemException.unprocessable(List.of(ApplicationRefusals.DOCUMENT_EMPTY.at("file", "is empty")));
        }
        if (size > maxBytes) {
            throw ProblemException.tooLarge("file", "is " + size + " bytes; " + limits.who() + " accepts at most " + maxBytes + " bytes " + limits.what());
        }
        Sniffed sniffed = FormatSniffer.sniff(head(file));
        if (sniffed.format() == null || !limits.formats().contains(sniffed.format())) {
            String accepted = limits.formats().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.unsupportedMedia("file", "is " + sniffed.description() + "; " + limits.who() + " accepts " + accepted + " "
                    + limits.what()
                    + (sniffed.format() == null ? "" : " (the file name does not matter: the content does)"));
        }
        byte[] content = read(file);
        return new Checked(content, sniffed.format(), sha256(content),
                FileNames.clean(submittedName, stem + "." + FormatSniffer.extension(sniffed.format())));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file cannot be read", e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatSniffer.HEAD_LENGTH);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file cannot be read", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file cannot be read", e);
        }
    }
}
