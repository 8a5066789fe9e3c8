package org.mobilitydesk.institution;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Erasmus institution codes such as {@code EE TARTU02} or {@code I  MILANO01}: a country prefix of one to three
 * letters, padded with spaces to three characters, then the city part and a two-digit number.
 */
public final class ErasmusCode {

    public static final String PATTERN = "^[A-Za-z]{1,3} +[A-Za-z-]{1,10}[0-9]{2}$";
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("^([A-Za-z]{1,3}) +([A-Za-z-]{1,10}[0-9]{2})$");

    private ErasmusCode() {
    }

    /** The canonical form, so that "ee tartu02" and "EE  TARTU02" are the same code; null for blank input. */
    public static String canonical(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Matcher m = PARTS.matcher(code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an Erasmus code: " + code);
        }
        return String.format(Locale.ROOT, "%-3s%s", m.group(1), m.group(2)).toUpperCase(Locale.ROOT);
    }
}
