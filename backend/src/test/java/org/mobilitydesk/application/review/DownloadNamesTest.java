package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {

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
