package org.mobilitydesk.application.review;

/** The file formats of the export. */
enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final String extension;
    final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    static ExportFormat of(String value) {
        return "xlsx".equals(value) ? XLSX : CSV;
    }
}
