package org.mobilitydesk.common.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * What the printed documents share (OpenPDF): DejaVu Sans embedded, so that names in Cyrillic and accented Latin print
 * as entered, the fonts, headed sections and tables with a header row that repeats on each page.
 */
public abstract class PdfLayout {

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");
    private static final Color HEADER = new Color(0xE7, 0xEC, 0xF5);
    protected static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    protected final Font title = new Font(BOLD, 14);
    protected final Font heading = new Font(BOLD, 11);
    protected final Font text = new Font(REGULAR, 8.5f);
    protected final Font strong = new Font(BOLD, 8.5f);
    protected final Font small = new Font(REGULAR, 7);

    protected static PdfPCell plain(Paragraph content, float paddingBottom) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setPaddingBottom(paddingBottom);
        return cell;
    }

    protected void section(Document document, String name) {
        Paragraph paragraph = new Paragraph(name, heading);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    protected PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, strong));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    protected void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            PdfPCell pdfCell = new PdfPCell(new Phrase(cell, text));
            pdfCell.setPadding(3);
            table.addCell(pdfCell);
        }
    }

    protected static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the resources: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
