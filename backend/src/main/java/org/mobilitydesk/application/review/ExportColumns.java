package org.mobilitydesk.application.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;

/**
 * The columns of the coordinators' export and how one application fills them. A cell is a String, an Integer, or
 * null for an empty cell; the writers (CSV, XLSX) decide how each is written.
 */
final class ExportColumns {

    static final int MAX_PREFERENCES = 3;

    static final List<String> HEADERS = List.of("Receipt number", "Submitted at", "Status", "Eligibility", "Eligibility reason",
            "Applicant name", "E-mail", "Citizenship", "Date of birth", "Study programme", "Study cycle", "Year of study",
            "Grade average", "Languages", "Preference 1", "Preference 2", "Preference 3", "Planned start", "Planned end",
            "Documents", "Note");

    private ExportColumns() {
    }

    static List<Object> cells(ExportRecord r, ZoneId zone) {
        ProfileView p = r.profile();
        List<Object> cells = new ArrayList<>(HEADERS.size());
        cells.add(r.receiptNumber());
        cells.add(localTime(r.submittedAt(), zone));
        cells.add(r.status());
        cells.add(r.eligibility());
        cells.add(r.eligibilityReason());
        cells.add(r.applicantName());
        cells.add(r.applicantEmail());
        cells.add(p == null ? null : p.citizenship());
        cells.add(p == null ? null : date(p.dateOfBirth()));
        cells.add(p == null ? null : p.studyProgramme());
        cells.add(p == null ? null : p.studyCycle());
        cells.add(p == null ? null : p.yearOfStudy());
        cells.add(p == null ? null : grade(p.gradeAverage(), p.gradeScale()));
        cells.add(p == null ? null : languages(p.languages()));
        for (int rank = 0; rank < MAX_PREFERENCES; rank++) {
            cells.add(rank < r.preferences().size() ? r.preferences().get(rank) : null);
        }
        cells.add(date(r.plannedStart()));
        cells.add(date(r.plannedEnd()));
        cells.add(r.documentCount());
        cells.add(r.note());
        return cells;
    }

    /** The instant as wall-clock time in the zone, to the second, ISO-8601 without offset: 2027-03-01T14:05:09. */
    static String localTime(Instant at, ZoneId zone) {
        return at == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
    }

    /** "4.3 of 5"; empty when either part is missing. */
    static String grade(BigDecimal average, BigDecimal scale) {
        if (average == null || scale == null) {
            return null;
        }
        return plain(average) + " of " + plain(scale);
    }

    /** "en B2, ru C1" in the profile's order; empty when there are none. */
    static String languages(List<LanguageLevel> languages) {
        if (languages == null || languages.isEmpty()) {
            return null;
        }
        return languages.stream().filter(Objects::nonNull).map(l -> l.language() + " " + l.cefrLevel()).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
