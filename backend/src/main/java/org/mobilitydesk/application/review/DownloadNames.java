package org.mobilitydesk.application.review;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The export's file name; Content-Disposition values come from {@link org.mobilitydesk.application.FileNames}. */
public final class DownloadNames {

    private static final int MAX_SLUG = 60;

    private DownloadNames() {
    }

    /** applications-erasmus-study-exchange-2026-2027-2027-04-01.csv; the call's id when the title gives no ASCII slug. */
    static String export(Map<String, String> title, UUID callId, LocalDate date, String extension) {
        return ofCall("applications", title, callId, date, extension);
    }

    /** prefix-erasmus-study-exchange-2026-2027-2027-04-01.extension, for any download of a call. */
    public static String ofCall(String prefix, Map<String, String> title, UUID callId, LocalDate date, String extension) {
        String text = title == null ? null : title.getOrDefault("en", title.values().stream().findFirst().orElse(null));
        String slug = slug(text);
        return prefix + "-" + (slug.isEmpty() ? callId.toString() : slug) + "-" + date + "." + extension;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
