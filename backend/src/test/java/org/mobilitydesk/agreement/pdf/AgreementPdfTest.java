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
                        "iro@ihsm.kg", "2 May 2024"),
                new Party("Tartu Ülikool", "EE TARTU02", "Tartu", "Estonia", null, null, null, null),
                "2024/2025", "2027/2028", "Version 2 · In force until 31 August 2028",
                "Amendment in progress: version 3, being drafted. The version printed here stays in force until the partner approves it.",
                HASH, flows, List.of("2024-1-EE01-KA171-HED-000123456"), Instant.parse("2026-11-28T10:15:00Z"));
    }

    private static List<FlowRow> twoFlows() {
        return List.of(
                new FlowRow("Student mobility for studies", "Международная высшая школа медицины", "Tartu Ülikool", "2024/2025 – 2027/2028",
                        2, "10 months per year", "0912 Medicine", "6, 7", "yes", List.of(new LanguageRow("English", "B2", "0912 Medicine")), null),
                new FlowRow("Staff mobility for teaching", "Tartu Ülikool", "Международная высшая школа медицины", "2024/2025 – 2027/2028",
                        1, "10 days per year", "0912 Medicine", null, null, List.of(new LanguageRow("Russian", "B1", null)),
                        "At least 8 teaching hours per week."));
    }

    /** The text of each page, white space made single spaces (cells wrap their lines). */
    private static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> pages = new ArrayList<>();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    @Test
    void printsBothPartnersTheFlowsTheLanguagesTheSignaturesAndTheHash() throws IOException {
        byte[] pdf = new AgreementPdf().render(agreement(twoFlows()));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Inter-institutional agreement 2024/2025 – 2027/2028",
                "Version 2 · In force until 31 August 2028", "Amendment in progress: version 3, being drafted", "Международная высшая школа медицины",
                "Tartu Ülikool", "EE TARTU02", "IHSM-IIA-2024-07", "Student mobility for studies", "10 months",
                "Staff mobility for teaching", "10 days", "0912 Medicine", "B2", "Russian", "At least 8 teaching hours per week.",
                "Айгуль Асанова", "2 May 2024", "Signature", HASH, "2026-11-28 10:15 UTC",
                "Funded by KA171 project 2024-1-EE01-KA171-HED-000123456");
    }

    @Test
    void anAgreementWithAFewFlowsFitsOnOnePage() throws IOException {
        assertThat(pages(new AgreementPdf().render(agreement(twoFlows())))).hasSize(1);
    }

    /** However long the conditions, the heading, both signatures and the hash they sign are printed on one page. */
    @Test
    void theSignatureBlockIsNeverSplitNorLeftWithoutItsHeading() throws IOException {
        for (int count = 1; count <= 30; count++) {
            List<FlowRow> flows = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                flows.add(new FlowRow("Staff mobility for teaching", "Tartu Ülikool", "Международная высшая школа медицины",
                        "2024/2025 – 2027/2028", i, "10 days per year", "0912 Medicine", null, null,
                        List.of(new LanguageRow("Russian", "B1", null)), null));
            }
            List<String> pages = pages(new AgreementPdf().render(agreement(flows)));
            String last = pages.get(pages.size() - 1);
            assertThat(last).as(count + " flows").contains("Signatures", "Name: Айгуль Асанова", "E-mail: iro@ihsm.kg", HASH);
            assertThat(last.split("Signature: ", -1)).as(count + " flows").hasSize(3);
            for (String page : pages.subList(0, pages.size() - 1)) {
                assertThat(page).as(count + " flows").doesNotContain("Signature: ").doesNotContain(HASH);
            }
        }
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
        assertThat(text).contains("Flow number 1", "Flow number 60", "None recommended", HASH);
    }
}
