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
        assertThat(FileNames.contentDisposition("cv;100%*.png", true)).isEqualTo("inline; filename=\"cv;100%*.png\"; filename*=UTF-8''cv%3B100%25%2A.png");
    }

    @Test
    void asciiNamesAppearTwiceUnchanged() {
        assertThat(FileNames.contentDisposition("motivation.pdf", false))
                .isEqualTo("attachment; filename=\"motivation.pdf\"; filename*=UTF-8''motivation.pdf");
        assertThat(FileNames.contentDisposition("scan.png", true)).isEqualTo("inline; filename=\"scan.png\"; filename*=UTF-8''scan.png");
    }

    @Test
    void otherNamesArePercentEncodedWithAnAsciiFallback() {
        assertThat(FileNames.contentDisposition("Tõendid 2027.pdf", false))
                .isEqualTo("attachment; filename=\"Toendid 2027.pdf\"; filename*=UTF-8''To%CC%83endid%202027.pdf".replace("To%CC%83", "T%C3%B5"));
        assertThat(FileNames.contentDisposition("справка.pdf", false))
                .isEqualTo("attachment; filename=\"_______.pdf\"; filename*=UTF-8''%D1%81%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0.pdf");
    }

    @Test
    void nothingBreaksOutOfTheHeaderOrNamesAPath() {
        String value = FileNames.contentDisposition("a\"b\\c/..;\r\nX-Evil: 1.pdf", false);
        assertThat(value).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"a_b_c_..;__X-Evil: 1.pdf\"; filename*=UTF-8''a%22b%5Cc%2F..%3B%0D%0AX-Evil%3A%201.pdf");
        assertThat(FileNames.contentDisposition("  ", false)).isEqualTo("attachment; filename=\"download\"; filename*=UTF-8''download");
        assertThat(FileNames.contentDisposition(null, false)).contains("download");
    }
}
