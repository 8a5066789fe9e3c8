package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(FileNames.clean("C:\\Users\\aizada\\transcript.pdf", "x.pdf")).isEqualTo("transcript.pdf");
        assertThat(FileNames.clean("../../etc/passwd", "x.pdf")).isEqualTo("passwd");
        assertThat(FileNames.clean("a\u0000b\r\nc.pdf", "x.pdf")).isEqualTo("abc.pdf");
        assertThat(FileNames.clean("  ", "x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean(null, "x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean("..", "x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean("a".repeat(300) + ".pdf", "x.pdf")).hasSize(200).endsWith(".pdf");
    }

    @Test
    void contentDispositionHasAnAsciiFallbackAndTheUtf8Name() {
        assertThat(FileNames.contentDisposition("Справка \"2027\".pdf", false))
                .isEqualTo("attachment; filename=\"_______ _2027_.pdf\"; filename*=UTF-8''%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0%20%222027%22.pdf");
        assertThat(FileNames.contentDisposition("cv;100%*.png", true)).isEqualTo("inline; filename=\"cv_100_*.png\"; filename*=UTF-8''cv%3B100%25%2A.png");
    }
}
