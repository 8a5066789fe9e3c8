package org.mobilitydesk.agreement.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.pdf.AgreementDocument.FlowRow;
import org.mobilitydesk.agreement.pdf.AgreementDocument.LanguageRow;
import org.mobilitydesk.agreement.pdf.AgreementDocument.Party;

class AgreementPdfTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static AgreementDocument agreement(List<FlowRow> flows) {
        return new AgreementDocument(
                new Party("Международная высшая школа медицины", null, "Бишкек", "Kyrgyzstan", "IHSM-IIA-2024-07", "Айгуль Асанова",
                        "iro@ihsm.kg", LocalDate.of(2024, 5, 2)),
                new Party("Tartu Ülikool", "EE TARTU02", "Tartu", "Estonia", null, null, null, null),
                "2024/2025", "2027/2028", "SIGNED_BY_HOME", 3, HASH, flows, List.of("2024-1-EE01-KA171-HED-000123456"), Instant.parse("2026-11-28T10:15:00Z"));
    }

    private static List<FlowRow> twoFlows() {
        return List.of(
                new FlowRow("Student mobility for studies", "Международная высшая школа медицины", "Tartu Ülikool", "2024/2025 – 2027/2028",
                        2, "10 months per year", "0912 Medicine", "6, 7", "yes", List.of(new LanguageRow("English", "B2", "0912 Medicine")), null),
                new FlowRow("Staff mobility for teaching", "Tartu Ülikool", "Международная высшая школа медицины", "2024/2025 – 2027/2028",
                        1, "10 days per year", "0912 Medicine", null, null, List.of(new LanguageRow("Russian", "B1", null)),
                        "At least 8 teaching hours per week."));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void printsBothPartnersTheFlowsTheLanguagesTheSignaturesAndTheHash() throws IOException {
        byte[] pdf = new AgreementPdf().render(agreement(twoFlows()));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Inter-institutional agreement 2024/2025 – 2027/2028", "Международная высшая школа медицины",
                "Tartu Ülikool", "EE TARTU02", "IHSM-IIA-2024-07", "Student mobility for studies", "10 months",
                "Staff mobility for teaching", "10 days", "0912 Medicine", "B2", "Russian", "At least 8 teaching hours per week.",
                "Айгуль Асанова", "2024-05-02", "Signature", HASH, "2026-11-28 10:15 UTC",
                "Funded by KA171 project 2024-1-EE01-KA171-HED-000123456");
    }

    @Test
    void aLongAgreementRunsOverPagesWithoutLosingAFlow() throws IOException {
        List<FlowRow> flows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            flows.add(new FlowRow("Flow number " + i, "A", "B", "2024/2025 – 2027/2028", i, "2 months per year", null, null, null, List.of(), null));
        }
        byte[] pdf = new AgreementPdf().render(agreement(flows));
        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThan(1);
        String text = text(pdf);
        assertThat(text).contains("Flow number 1", "Flow number 60", "None recommended.", HASH);
    }
}
