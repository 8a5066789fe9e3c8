package org.mobilitydesk.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The English texts of the e-mails applicants get: the receipt of a submission, and a change of a call they applied to. */
public final class ApplicationMailText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss xxx", Locale.ENGLISH);

    public record Text(String subject, String body) {
    }

    /** A ranked partner as the receipt names it. */
    public record RankedPartner(int rank, String name, String city, String countryName) {
    }

    /** An uploaded document as the receipt names it. */
    public record ReceiptDocument(String requirement, String fileName, long sizeBytes, String sha256) {
    }

    public record Receipt(String receiptNumber, String applicantName, String callTitle, Instant submittedAt, ZoneId zone,
            List<RankedPartner> partners, List<ReceiptDocument> documents) {
    }

    private ApplicationMailText() {
    }

    /** The time in the zone, with the zone's offset and name: "1 March 2027, 17:59:58 +06:00 (Asia/Bishkek)". */
    public static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public static Text receipt(Receipt r) {
        StringBuilder body = new StringBuilder();
        body.append("Dear ").append(r.applicantName()).append(",\n\n")
                .append("we received your application to the call \"").append(r.callTitle()).append("\".\n\n")
                .append("Receipt number: ").append(r.receiptNumber()).append('\n')
                .append("Submitted: ").append(at(r.submittedAt(), r.zone())).append("\n\n")
                .append("Partners in the order of your preference:\n");
        for (RankedPartner p : r.partners()) {
            body.append("  ").append(p.rank()).append(". ").append(p.name()).append(", ").append(p.city()).append(", ").append(p.countryName()).append('\n');
        }
        body.append("\nDocuments:\n");
        if (r.documents().isEmpty()) {
            body.append("  none\n");
        }
        for (ReceiptDocument d : r.documents()) {
            body.append("  ").append(d.requirement()).append(": ").append(d.fileName()).append(" (").append(d.sizeBytes()).append(" bytes, SHA-256 ")
                    .append(d.sha256()).append(")\n");
        }
        body.append("\nYou can follow your application, or withdraw it before the deadline, in Mobility Desk.\n")
                .append("Quote the receipt number when you contact the international relations office.\n");
        return new Text("Application received: " + r.receiptNumber() + " - " + r.callTitle(), body.toString());
    }

    public static Text callChanged(String applicantName, String callTitle, String receiptNumber, String reason, List<String> changedFields,
            Instant at, ZoneId zone) {
        String body = "Dear " + applicantName + ",\n\n"
                + "the call \"" + callTitle + "\" that you applied to (receipt number " + receiptNumber + ") was changed on "
                + at(at, zone) + ".\n\n"
                + "Reason: " + reason + "\n"
                + "Changed: " + String.join(", ", changedFields) + "\n\n"
                + "Please read the call again in Mobility Desk and check whether your application is affected.\n";
        return new Text("The call you applied to was changed: " + callTitle, body);
    }
}
