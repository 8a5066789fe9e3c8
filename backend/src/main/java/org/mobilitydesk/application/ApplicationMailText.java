package org.mobilitydesk.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mobilitydesk.common.Messages;

/**
 * The texts of the e-mails applicants get, in the recipient's interface language: the receipt of a submission, and a
 * change of a call they applied to. Names (call title, partners, countries) arrive already in that language.
 */
public final class ApplicationMailText {

    public record Text(String subject, String body) {
    }

    /** A ranked partner as the receipt names it. */
    public record RankedPartner(int rank, String name, String city, String countryName) {
    }

    /** An uploaded document as the receipt names it: the requirement is a document type's code or the call's own label. */
    public record ReceiptDocument(String requirement, String fileName, long sizeBytes, String sha256) {
    }

    public record Receipt(String receiptNumber, String applicantName, String callTitle, Instant submittedAt, ZoneId zone,
            List<RankedPartner> partners, List<ReceiptDocument> documents) {
    }

    private ApplicationMailText() {
    }

    /** The time in the zone, with the zone's offset and name: "1 March 2027, 17:59:58 +06:00 (Asia/Bishkek)". */
    public static String at(Instant instant, ZoneId zone, Messages m) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(m.text("mail.timePattern"), m.language().locale());
        return when.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public static Text receipt(Receipt r, Messages m) {
        StringBuilder body = new StringBuilder();
        body.append(m.text("mail.greeting", r.applicantName())).append("\n\n")
                .append(m.text("mail.receipt.received", r.callTitle())).append("\n\n")
                .append(m.text("mail.receipt.number", r.receiptNumber())).append('\n')
                .append(m.text("mail.receipt.submitted", at(r.submittedAt(), r.zone(), m))).append("\n\n")
                .append(m.text("mail.receipt.partners")).append('\n');
        for (RankedPartner p : r.partners()) {
            body.append("  ").append(p.rank()).append(". ").append(p.name()).append(", ").append(p.city()).append(", ").append(p.countryName()).append('\n');
        }
        body.append('\n').append(m.text("mail.receipt.documents")).append('\n');
        if (r.documents().isEmpty()) {
            body.append("  ").append(m.text("mail.receipt.noDocuments")).append('\n');
        }
        for (ReceiptDocument d : r.documents()) {
            String requirement = m.has("mail.document." + d.requirement()) ? m.text("mail.document." + d.requirement()) : d.requirement();
            body.append("  ").append(m.text("mail.receipt.document", requirement, d.fileName(), d.sizeBytes(), d.sha256())).append('\n');
        }
        body.append('\n').append(m.text("mail.receipt.follow")).append('\n').append(m.text("mail.receipt.quote")).append('\n');
        return new Text(m.text("mail.receipt.subject", r.receiptNumber(), r.callTitle()), body.toString());
    }

    public static Text callChanged(String applicantName, String callTitle, String receiptNumber, String reason, List<String> changedFields,
            Instant at, ZoneId zone, Messages m) {
        List<String> parts = changedFields.stream().map(f -> m.has("mail.callPart." + f) ? m.text("mail.callPart." + f) : f).toList();
        String body = m.text("mail.greeting", applicantName) + "\n\n"
                + m.text("mail.changed.what", callTitle, receiptNumber, at(at, zone, m)) + "\n\n"
                + m.text("mail.changed.reason", reason) + '\n'
                + m.text("mail.changed.parts", String.join(", ", parts)) + "\n\n"
                + m.text("mail.changed.readAgain") + '\n';
        return new Text(m.text("mail.changed.subject", callTitle), body);
    }
}
