package org.mobilitydesk.agreement.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.mobilitydesk.agreement.pdf.AgreementDocument.FlowRow;
import org.mobilitydesk.agreement.pdf.AgreementDocument.LanguageRow;
import org.mobilitydesk.agreement.pdf.AgreementDocument.Party;
import org.mobilitydesk.common.pdf.PdfLayout;

/**
 * Prints an agreement as a PDF (A4 landscape, the layout of {@link PdfLayout}). Plain Java: the same document always
 * gives the same text.
 */
public final class AgreementPdf extends PdfLayout {

    public byte[] render(AgreementDocument agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("Inter-institutional agreement " + agreement.home().name() + " – " + agreement.partner().name());
        document.addCreator("Mobility Desk");
        document.open();
        document.add(new Paragraph("Inter-institutional agreement " + agreement.firstAcademicYear() + " – " + agreement.lastAcademicYear(), title));
        document.add(new Paragraph("Erasmus+ KA171 international credit mobility · " + agreement.standing(), small));
        if (agreement.amendment() != null) {
            document.add(new Paragraph(agreement.amendment(), small));
        }
        if (!agreement.projectReferences().isEmpty()) {
            document.add(new Paragraph("Funded by KA171 project " + String.join(", ", agreement.projectReferences()), small));
        }
        section(document, "Partners");
        PdfPTable partners = table(new float[] { 2, 3, 3 }, "", "Home institution", "Partner institution");
        row(partners, "Institution", agreement.home().name(), agreement.partner().name());
        row(partners, "Erasmus code", orDash(agreement.home().erasmusCode()), orDash(agreement.partner().erasmusCode()));
        row(partners, "City, country", agreement.home().city() + ", " + agreement.home().country(),
                agreement.partner().city() + ", " + agreement.partner().country());
        row(partners, "Local agreement id", orDash(agreement.home().localAgreementId()), orDash(agreement.partner().localAgreementId()));
        document.add(partners);

        section(document, "Cooperation conditions");
        PdfPTable flows = table(new float[] { 1.9f, 2.1f, 2.1f, 1.5f, 0.8f, 1.4f, 2.5f, 1.9f, 2.2f, 1 }, "Mobility", "Sending", "Receiving",
                "Academic years", "Per year", "Duration", "Subject areas (ISCED-F)", "EQF", "Recommended languages (CEFR)", "Blended");
        for (FlowRow flow : agreement.flows()) {
            row(flows, flow.mobilityType(), flow.sending(), flow.receiving(), flow.academicYears(), String.valueOf(flow.mobilitiesPerYear()),
                    flow.duration(), orDash(flow.subjectAreas()), orDash(flow.eqfLevels()), languages(flow.languages()), orDash(flow.blended()));
        }
        document.add(flows);
        String terms = agreement.flows().stream().map(FlowRow::otherTerms).filter(t -> t != null && !t.isBlank()).reduce((a, b) -> a + "\n" + b).orElse(null);
        if (terms != null) {
            section(document, "Other terms");
            document.add(new Paragraph(terms, text));
        }

        document.add(signatureBlock(agreement));
        document.close();
        return out.toByteArray();
    }

    /**
     * The heading, both signatures and the hash they sign, in one table kept on one page: when they do not fit below
     * the conditions they move to the next page whole, never a heading or a signature alone.
     */
    private PdfPTable signatureBlock(AgreementDocument agreement) {
        PdfPTable signatures = table(new float[] { 1, 1 }, agreement.home().name(), agreement.partner().name());
        signatures.setHeaderRows(0);
        signatures.addCell(signature(agreement.home()));
        signatures.addCell(signature(agreement.partner()));
        Paragraph hash = new Paragraph("Content hash (SHA-256 of the cooperation conditions): " + agreement.contentHash(), small);
        hash.setSpacingBefore(6);
        Paragraph printed = new Paragraph("Printed by Mobility Desk on " + STAMP.format(agreement.generatedAt())
                + ". Both partners approve the conditions with exactly this hash.", small);

        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(8);
        block.addCell(plain(new Paragraph("Signatures", heading), 4));
        PdfPCell table = new PdfPCell(signatures);
        table.setBorder(Rectangle.NO_BORDER);
        block.addCell(table);
        Paragraph footer = new Paragraph();
        footer.add(hash);
        footer.add(printed);
        block.addCell(plain(footer, 0));
        return block;
    }

    private PdfPCell signature(Party party) {
        Paragraph block = new Paragraph();
        block.add(new Phrase("Name: " + orDash(party.signerName()) + "\n", text));
        block.add(new Phrase("E-mail: " + orDash(party.signerEmail()) + "\n", text));
        block.add(new Phrase("Date: " + (party.signedOn() == null ? "" : party.signedOn()) + "\n\n", text));
        block.add(new Phrase("Signature: ______________________________", text));
        PdfPCell cell = new PdfPCell(block);
        cell.setPadding(6);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** "English B2 (0912 Medicine), Estonian A1", or "None recommended". */
    private static String languages(List<LanguageRow> languages) {
        return languages.isEmpty() ? "None recommended" : languages.stream()
                .map(l -> l.language() + " " + l.level() + (l.subjectArea() == null ? "" : " (" + l.subjectArea() + ")"))
                .collect(Collectors.joining(", "));
    }
}
