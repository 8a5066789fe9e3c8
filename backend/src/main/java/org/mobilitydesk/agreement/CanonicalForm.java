package org.mobilitydesk.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The canonical form of cooperation conditions and its SHA-256 content hash, which a partner approves.
 *
 * <p>The canonical form is compact JSON (no spaces or line breaks) encoded in UTF-8:
 * <pre>
 * {"firstAcademicYear":"2024/2025","lastAcademicYear":"2027/2028","flows":[FLOW,...]}
 * FLOW = {"mobilityType":"STUDENT_STUDIES","sendingInstitutionId":"&lt;uuid&gt;","receivingInstitutionId":"&lt;uuid&gt;",
 *         "firstAcademicYear":"…","lastAcademicYear":"…","mobilitiesPerYear":2,"totalMonthsPerYear":10,
 *         "totalDaysPerYear":…,"subjectAreas":[{"iscedCode":"0912","clarification":"…"}],"eqfLevels":[6,7],
 *         "languageSkills":[{"language":"en","cefrLevel":"B2","iscedCode":"0912"}],"blendedAllowed":false,
 *         "otherTerms":"…"}
 * </pre>
 * <ul>
 * <li>keys always in the order above; a key whose value is absent (null, or text that is blank) is omitted; empty
 * lists are written as {@code []}; {@code blendedAllowed} is always written;</li>
 * <li>text is stripped of surrounding white space and put in Unicode NFC; UUIDs in lower case; numbers as plain
 * integers;</li>
 * <li>strings escape only {@code "} and {@code \} and control characters (as {@code \}{@code uXXXX}); every other
 * character is written as itself;</li>
 * <li>subject areas are sorted by ISCED code then clarification, EQF levels ascending, language skills by language,
 * CEFR level, then ISCED code (absent first); flows are sorted by their own canonical text;</li>
 * <li>the hash is the SHA-256 of the UTF-8 bytes, written as 64 lower-case hexadecimal digits.</li>
 * </ul>
 * So the order in which flows, subject areas, EQF levels or languages were entered never changes the hash, and any
 * change of a value does.
 */
public final class CanonicalForm {

    private static final Comparator<String> ABSENT_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private CanonicalForm() {
    }

    public static String hash(Conditions conditions) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(conditions).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    public static String of(Conditions conditions) {
        List<String> flows = conditions.flows().stream().map(CanonicalForm::flow).sorted().toList();
        return new JsonObject()
                .text("firstAcademicYear", conditions.firstAcademicYear())
                .text("lastAcademicYear", conditions.lastAcademicYear())
                .raw("flows", "[" + String.join(",", flows) + "]")
                .end();
    }

    static String flow(Flow f) {
        return new JsonObject()
                .text("mobilityType", f.mobilityType() == null ? null : f.mobilityType().name())
                .text("sendingInstitutionId", Objects.toString(f.sendingInstitutionId(), null))
                .text("receivingInstitutionId", Objects.toString(f.receivingInstitutionId(), null))
                .text("firstAcademicYear", f.firstAcademicYear())
                .text("lastAcademicYear", f.lastAcademicYear())
                .number("mobilitiesPerYear", f.mobilitiesPerYear())
                .number("totalMonthsPerYear", f.totalMonthsPerYear())
                .number("totalDaysPerYear", f.totalDaysPerYear())
                .array("subjectAreas", f.subjectAreas(), Comparator.comparing((SubjectArea s) -> clean(s.iscedCode()), ABSENT_FIRST)
                        .thenComparing(s -> clean(s.clarification()), ABSENT_FIRST),
                        s -> new JsonObject().text("iscedCode", s.iscedCode()).text("clarification", s.clarification()).end())
                .array("eqfLevels", f.eqfLevels(), Comparator.naturalOrder(), String::valueOf)
                .array("languageSkills", f.languageSkills(), Comparator.comparing((LanguageSkill l) -> clean(l.language()), ABSENT_FIRST)
                        .thenComparing(l -> clean(l.cefrLevel()), ABSENT_FIRST)
                        .thenComparing(l -> clean(l.iscedCode()), ABSENT_FIRST),
                        l -> new JsonObject().text("language", l.language()).text("cefrLevel", l.cefrLevel())
                                .text("iscedCode", l.iscedCode()).end())
                .raw("blendedAllowed", String.valueOf(f.blendedAllowed()))
                .text("otherTerms", f.otherTerms())
                .end();
    }

    /** Stripped NFC text, or null when absent or blank. */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static final class JsonObject {
        private final StringBuilder json = new StringBuilder("{");

        JsonObject text(String key, String value) {
            String cleaned = clean(value);
            return cleaned == null ? this : raw(key, quote(cleaned));
        }

        JsonObject number(String key, Integer value) {
            return value == null ? this : raw(key, value.toString());
        }

        <T> JsonObject array(String key, List<T> items, Comparator<? super T> order, Function<T, String> write) {
            return raw(key, "[" + String.join(",", items.stream().sorted(order).map(write).toList()) + "]");
        }

        JsonObject raw(String key, String value) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':').append(value);
            return this;
        }

        String end() {
            return json.append('}').toString();
        }

        private static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    quoted.append('\\').append(c);
                } else if (c < 0x20) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            return quoted.append('"').toString();
        }
    }
}
