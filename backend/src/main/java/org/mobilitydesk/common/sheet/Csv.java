package org.mobilitydesk.common.sheet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields quoted when they hold a quote, comma or line break), UTF-8 with a byte
 * order mark so spreadsheets read the encoding right. Text that a spreadsheet would take for a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so a cell never runs as a formula (CSV injection).
 * Numbers are written as they are, dates and times as ISO 8601 (2027-02-01, 2027-02-01T14:05:09).
 */
final class Csv {

    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    static byte[] line(List<?> cells) {
        return (cells.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof LocalDateTime time) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        String text = defused(value.toString());
        boolean quote = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text with an apostrophe before it when a spreadsheet would read it as a formula. */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
