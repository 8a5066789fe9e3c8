package org.mobilitydesk.common.sheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the export row by row, as CSV or as an .xlsx workbook, without holding the rows. */
public interface SheetWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** Writes what is still buffered; the stream stays open for its owner. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    /** A writer of this format; an .xlsx workbook has one sheet of this name. */
    static SheetWriter of(ExportFormat format, String sheetName, OutputStream out) {
        return format == ExportFormat.XLSX ? new Xlsx(out, sheetName) : new CsvSheet(out);
    }

    final class CsvSheet implements SheetWriter {
        private final OutputStream out;
        private boolean started;

        CsvSheet(OutputStream out) {
            this.out = new BufferedOutputStream(out, 64 * 1024);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            start();
            out.write(Csv.line(cells));
        }

        @Override
        public void finish() throws IOException {
            start();
            out.flush();
        }

        private void start() throws IOException {
            if (!started) {
                out.write(Csv.BOM);
                started = true;
            }
        }

        @Override
        public void close() {
        }
    }

    /**
     * SXSSF keeps a window of 100 rows in memory and spills the rest to a temporary file, deleted on close. Text goes
     * into string cells, which a spreadsheet never evaluates, so no apostrophe is needed here; numbers are numbers, and
     * dates and times are date cells (numbers with a date format), so a spreadsheet sorts and computes with them.
     */
    final class Xlsx implements SheetWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final SXSSFSheet sheet;
        private final CellStyle date = style("yyyy-mm-dd");
        private final CellStyle dateTime = style("yyyy-mm-dd hh:mm:ss");
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
            // Wide enough for a date and time; narrower, a spreadsheet shows ### instead.
            sheet.setDefaultColumnWidth(20);
        }

        private CellStyle style(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
            return style;
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDateTime time) {
                    cell.setCellValue(time);
                    cell.setCellStyle(dateTime);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
