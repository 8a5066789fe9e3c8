package org.mobilitydesk.selection.commission;

import java.time.Instant;
import java.util.List;

/** What the minutes of a commission decision print, as text ready to print (English, numbers with two decimals). */
public record MinutesDocument(String callTitle, String callLine, String meetingDate, List<String> members, String remarks, String recordedBy,
        Instant recordedAt, String runLine, List<List<String>> criteria, List<String> rules, List<String> panel, List<List<String>> conflicts,
        List<String> criterionNames, List<Ranked> ranking, List<List<String>> partners, List<List<String>> reserve, Instant printedAt) {

    /** One ranking row: rank (or "–"), receipt number, name, a score per criterion, total, outcome, tie-break, flags. */
    public record Ranked(String rank, String receiptNumber, String name, List<String> scores, String total, String outcome, String decidedBy,
            String flags) {
    }
}
