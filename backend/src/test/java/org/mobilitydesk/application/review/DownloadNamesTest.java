package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {

    @Test
    void asciiNamesAppearTwiceUnchanged() {
        assertThat(DownloadNames.contentDisposition(false, "motivation.pdf"))
                .isEqualTo("attachment; filename=\"motivation.pdf\"; filename*=UTF-8''motivation.pdf");
        assertThat(DownloadNames.contentDisposition(true, "scan.png")).isEqualTo("inline; filename=\"scan.png\"; filename*=UTF-8''scan.png");
    }

    @Test
    void otherNamesArePercentEncodedWithAnAsciiFallback() {
        assertThat(DownloadNames.contentDisposition(false, "Tõendid 2027.pdf"))
                .isEqualTo("attachment; filename=\"Toendid 2027.pdf\"; filename*=UTF-8''To%CC%83endid%202027.pdf".replace("To%CC%83", "T%C3%B5"));
        assertThat(DownloadNames.contentDisposition(false, "справка.pdf"))
                .isEqualTo("attachment; filename=\"_______.pdf\"; filename*=UTF-8''%D1%81%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0.pdf");
    }

    @Test
    void nothingBreaksOutOfTheHeaderOrNamesAPath() {
        String value = DownloadNames.contentDisposition(false, "a\"b\\c/..;\r\nX-Evil: 1.pdf");
        assertThat(value).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"a_b_c_..;__X-Evil: 1.pdf\"; filename*=UTF-8''a%22b%5Cc%2F..%3B%0D%0AX-Evil%3A%201.pdf");
        assertThat(DownloadNames.contentDisposition(false, "  ")).isEqualTo("attachment; filename=\"download\"; filename*=UTF-8''download");
        assertThat(DownloadNames.contentDisposition(false, null)).contains("download");
    }

    @Test
    void theExportIsNamedAfterTheCallsEnglishTitleAndTheDate() {
        UUID id = UUID.fromString("3f0c7f5e-1a2b-4c3d-8e9f-001122334455");
        LocalDate day = LocalDate.of(2027, 4, 1);
        assertThat(DownloadNames.export(Map.of("en", "Erasmus+ Study Exchange 2026/2027", "ru", "Обмен"), id, day, "csv"))
                .isEqualTo("applications-erasmus-study-exchange-2026-2027-2027-04-01.csv");
        assertThat(DownloadNames.export(Map.of("en", "Échange d'étudiants"), id, day, "xlsx")).isEqualTo("applications-echange-d-etudiants-2027-04-01.xlsx");
        assertThat(DownloadNames.export(Map.of("ru", "Обмен студентами"), id, day, "csv")).isEqualTo("applications-" + id + "-2027-04-01.csv");
        assertThat(DownloadNames.export(Map.of(), id, day, "csv")).isEqualTo("applications-" + id + "-2027-04-01.csv");
        assertThat(DownloadNames.slug("x".repeat(70) + " y")).hasSize(60);
        assertThat(DownloadNames.slug("a".repeat(59) + " bcd")).isEqualTo("a".repeat(59));
    }
}
