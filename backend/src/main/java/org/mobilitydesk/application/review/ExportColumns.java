package org.mobilitydesk.application.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.common.Messages;
import org.mobilitydesk.reference.LocalizedNames;

/**
 * The columns of the coordinators' export in the exporting user's language and how one application fills them: one
 * preference column per choice the call allows, statuses, countries, study cycles and languages as words. A cell is a
 * String, an Integer, a LocalDate, a LocalDateTime (wall-clock time of the zone), or null for an empty cell; the writers
 * (CSV, XLSX) decide how each is written.
 */
final class ExportColumns {

    private final Messages messages;
    private final int preferences;
    private final Map<String, LocalizedNames> countries;
    private final Map<String, LocalizedNames> languages;

    ExportColumns(Messages messages, int preferences, Map<String, LocalizedNames> countries, Map<String, LocalizedNames> languages) {
        this.messages = messages;
        this.preferences = preferences;
        this.countries = countries;
        this.languages = languages;
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("receiptNumber", "submittedAt", "status", "eligibility", "eligibilityReason", "applicantName", "email",
                "citizenship", "dateOfBirth", "studyProgramme", "studyCycle", "yearOfStudy", "gradeAverage", "languages")) {
            headers.add(messages.text("export.header." + key));
        }
        for (int rank = 1; rank <= preferences; rank++) {
            headers.add(messages.text("export.header.preference", rank));
        }
        for (String key : List.of("plannedStart", "plannedEnd", "documents", "note")) {
            headers.add(messages.text("export.header." + key));
        }
        return headers;
    }

    List<Object> cells(ExportRecord r, ZoneId zone) {
        ProfileView p = r.profile();
        List<Object> cells = new ArrayList<>();
        cells.add(r.receiptNumber());
        cells.add(localTime(r.submittedAt(), zone));
        cells.add(word("export.status.", r.status()));
        cells.add(word("export.eligibility.", r.eligibility()));
        cells.add(r.eligibilityReason());
        cells.add(r.applicantName());
        cells.add(r.applicantEmail());
        cells.add(p == null ? null : name(countries, p.citizenship()));
        cells.add(p == null ? null : p.dateOfBirth());
        cells.add(p == null ? null : p.studyProgramme());
        cells.add(p == null || p.studyCycle() == null ? null : word("export.studyCycle.", p.studyCycle().toString()));
        cells.add(p == null ? null : p.yearOfStudy());
        cells.add(p == null ? null : grade(p.gradeAverage(), p.gradeScale()));
        cells.add(p == null ? null : languages(p.languages()));
        for (int rank = 0; rank < preferences; rank++) {
            cells.add(rank < r.preferences().size() ? r.preferences().get(rank) : null);
        }
        cells.add(r.plannedStart());
        cells.add(r.plannedEnd());
        cells.add(r.documentCount());
        cells.add(r.note());
        return cells;
    }

    /** The instant as wall-clock time in the zone, to the second. */
    static LocalDateTime localTime(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /** "4.3 of 5"; empty when either part is missing. */
    String grade(BigDecimal average, BigDecimal scale) {
        if (average == null || scale == null) {
            return null;
        }
        return messages.text("export.grade", plain(average), plain(scale));
    }

    /** "English B2, Russian C1" in the profile's order; empty when there are none. */
    String languages(List<LanguageLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            return null;
        }
        return levels.stream().filter(Objects::nonNull).map(l -> name(languages, l.language()) + " " + l.cefrLevel())
                .collect(Collectors.joining(", "));
    }

    /** The translated word for a code; an unknown code as it is, so nothing is lost. */
    private String word(String prefix, String code) {
        return code == null ? null : messages.has(prefix + code) ? messages.text(prefix + code) : code;
    }

    private String name(Map<String, LocalizedNames> names, String code) {
        LocalizedNames named = code == null ? null : names.get(code);
        return named == null ? code : named.in(messages.language());
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
