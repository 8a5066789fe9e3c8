package org.mobilitydesk.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of the interface, in which the API also writes what people read outside it (exports, e-mails).
 * The SPA names its language in the Accept-Language header of every request.
 */
public enum InterfaceLanguage {
    EN, RU, KY, KK;

    public static final String HEADER_DESCRIPTION = "The interface language (en, ru, ky or kk; the first of these by weight, else en)";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(this == EN ? "en-GB" : code());
    }

    /** The language of a two-letter code, if it is one of the four. */
    public static Optional<InterfaceLanguage> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(language)).findFirst();
    }

    /** The first of the four in an Accept-Language header, by weight and then by order ("ky-KG, ru;q=0.8" is KY); else EN. */
    public static InterfaceLanguage fromAcceptLanguage(String header) {
        return namedIn(header).orElse(EN);
    }

    /** The first of the four that an Accept-Language header names, if it names one. */
    public static Optional<InterfaceLanguage> namedIn(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(range -> of(range.getRange().split("-")[0])).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
