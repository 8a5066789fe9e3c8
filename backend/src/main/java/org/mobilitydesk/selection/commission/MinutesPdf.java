package org.mobilitydesk.selection.commission;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.mobilitydesk.common.pdf.PdfLayout;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Prints the minutes of a commission decision (A4 landscape): the call, the meeting, criteria and weights, the rules and
 * tie-break order, the panel and the conflicts declared, the ranking with per-criterion scores, the allocation per
 * partner and the reserve list. Plain Java: the same document always gives the same text.
 */
public final class MinutesPdf extends PdfLayout {

    public byte[] render(MinutesDocument m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("Minutes of the selection commission: " + m.callTitle());
        document.addCreator("Mobility Desk");
        document.open();
        document.add(new Paragraph("Minutes of the selection commission", title));
        document.add(new Paragraph(m.callTitle(), heading));
        document.add(new Paragraph(m.callLine(), small));

        section(document, "Meeting");
        Paragraph meeting = new Paragraph("Date: " + m.meetingDate() + "\nMembers present: " + String.join("; ", m.members())
                + "\nRemarks: " + orDash(m.remarks()) + "\nRecorded by " + m.recordedBy() + " on " + STAMP.format(m.recordedAt()) + ". " + m.runLine(), text);
        document.add(meeting);

        section(document, "Criteria");
        PdfPTable criteria = table(new float[] { 4, 3, 1, 1 }, "Criterion", "Scored by", "Weight", "Maximum");
        m.criteria().forEach(c -> row(criteria, c.toArray(String[]::new)));
        document.add(criteria);

        section(document, "Rules applied");
        document.add(new Paragraph(String.join("\n", m.rules()), text));

        section(document, "Evaluation panel");
        document.add(new Paragraph(String.join("\n", m.panel()), text));
        if (m.conflicts().isEmpty()) {
            document.add(new Paragraph("No conflict of interest was declared.", text));
        } else {
            PdfPTable conflicts = table(new float[] { 3, 2, 5 }, "Evaluator", "Application", "Conflict of interest declared");
            m.conflicts().forEach(c -> row(conflicts, c.toArray(String[]::new)));
            document.add(conflicts);
        }

        section(document, "Ranking");
        document.add(ranking(m));

        section(document, "Allocation");
        PdfPTable partners = table(new float[] { 4, 1, 1, 6 }, "Partner", "Places", "Filled", "Placed (rank: receipt number)");
        m.partners().forEach(p -> row(partners, p.toArray(String[]::new)));
        document.add(partners);

        section(document, "Reserve list");
        if (m.reserve().isEmpty()) {
            document.add(new Paragraph("Nobody is on the reserve list.", text));
        } else {
            PdfPTable reserve = table(new float[] { 1, 1, 3, 5 }, "Position", "Rank", "Receipt number", "Applicant");
            m.reserve().forEach(r -> row(reserve, r.toArray(String[]::new)));
            document.add(reserve);
        }
        document.add(new Paragraph("Printed by Mobility Desk on " + STAMP.format(m.printedAt()) + ".", small));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable ranking(MinutesDocument m) {
        List<Float> widths = new ArrayList<>(List.of(0.7f, 2.2f, 3f));
        List<String> headers = new ArrayList<>(List.of("Rank", "Receipt number", "Applicant"));
        m.criterionNames().forEach(name -> {
            widths.add(1.3f);
            headers.add(name);
        });
        widths.addAll(List.of(1.1f, 3.2f, 1.8f, 1.6f));
        headers.addAll(List.of("Total", "Outcome", "Above the next by", "Flags"));
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable table = table(w, headers.toArray(String[]::new));
        for (MinutesDocument.Ranked r : m.ranking()) {
            List<String> cells = new ArrayList<>(List.of(r.rank(), r.receiptNumber(), r.name()));
            cells.addAll(r.scores());
            cells.addAll(List.of(r.total(), r.outcome(), r.decidedBy(), r.flags()));
            row(table, cells.toArray(String[]::new));
        }
        return table;
    }
}
