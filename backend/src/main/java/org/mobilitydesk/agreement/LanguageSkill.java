package org.mobilitydesk.agreement;

/** A recommended language skill: ISO 639-1 language, CEFR level and optionally the ISCED-F field it applies to. */
public record LanguageSkill(String language, String cefrLevel, String iscedCode) {
}
