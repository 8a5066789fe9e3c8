package org.mobilitydesk.common;

/** Turns user search text into a LIKE pattern for columns normalised by the database function md_unaccent. */
public final class TextSearch {

    private TextSearch() {
    }

    /** Escapes LIKE wildcards with backslash and wraps the text in '%'; the caller normalises it in SQL. */
    public static String containsPattern(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
