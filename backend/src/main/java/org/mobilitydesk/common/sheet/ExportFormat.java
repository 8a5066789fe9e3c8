package org.mobilitydesk.common.sheet;

/** The file formats of the export. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String extension;
    public final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public static ExportFormat of(String value) {
        return "xlsx".equals(value) ? XLSX : CSV;
    }
}
