package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.call.DocumentFormat;

class FormatSnifferTest {

    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
    static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
    static final byte[] ELF = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };

    @Test
    void recognisesTheAcceptedFormatsByTheirMagicBytes() {
        assertThat(FormatSniffer.sniff(PDF).format()).isEqualTo(DocumentFormat.PDF);
        assertThat(FormatSniffer.sniff(PNG).format()).isEqualTo(DocumentFormat.PNG);
        assertThat(FormatSniffer.sniff(JPEG).format()).isEqualTo(DocumentFormat.JPEG);
        assertThat(FormatSniffer.sniff(PNG).description()).isEqualTo("a PNG image");
    }

    @Test
    void executablesAndOtherContentAreNotRecognisedAndNamed() {
        assertThat(FormatSniffer.sniff(EXE).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(EXE).description()).isEqualTo("a Windows executable");
        assertThat(FormatSniffer.sniff(ELF).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(ELF).description()).isEqualTo("an ELF executable");
        assertThat(FormatSniffer.sniff("hello, world".getBytes(StandardCharsets.US_ASCII)).description()).isEqualTo("of an unrecognised format");
    }

    @Test
    void almostMagicIsNotEnough() {
        assertThat(FormatSniffer.sniff("%PDF".getBytes(StandardCharsets.US_ASCII)).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 }).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A }).recognised()).isEmpty();
        assertThat(FormatSniffer.sniff(new byte[0]).recognised()).isEmpty();
    }

    @Test
    void mediaTypesAndExtensions() {
        assertThat(FormatSniffer.mediaType(DocumentFormat.PDF)).isEqualTo("application/pdf");
        assertThat(FormatSniffer.mediaType(DocumentFormat.PNG)).isEqualTo("image/png");
        assertThat(FormatSniffer.mediaType(DocumentFormat.JPEG)).isEqualTo("image/jpeg");
        assertThat(FormatSniffer.extension(DocumentFormat.JPEG)).isEqualTo("jpg");
    }
}
