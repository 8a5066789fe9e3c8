package org.mobilitydesk.common;

import java.util.Arrays;
import java.util.List;

/** Turns user search text into words and LIKE patterns for columns normalised by the database function md_unaccent. */
public final class TextSearch {

    private static final int MAX_WORDS = 8;

    private TextSearch() {
    }

    /** The words of a search, each of which must match somewhere; blank text means no condition. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+")).distinct().limit(MAX_WORDS).toList();
    }

    /** Escapes LIKE wildcards with backslash and wraps the text in '%'; the caller normalises it in SQL. */
    public static String containsPattern(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
