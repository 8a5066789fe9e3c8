package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.ApplicationMailText.RankedPartner;
import org.mobilitydesk.application.ApplicationMailText.Receipt;
import org.mobilitydesk.application.ApplicationMailText.ReceiptDocument;
import org.mobilitydesk.application.ApplicationMailText.Text;

class ApplicationMailTextTest {

    @Test
    void theReceiptNamesNumberCallTimeInTheHomeZonePartnersAndDocumentHashes() {
        Text text = ApplicationMailText.receipt(new Receipt("MD-2027-000042", "Aizada Toktogulova", "Study exchange 2026/2027",
                Instant.parse("2027-03-31T17:59:58Z"), ZoneId.of("Asia/Bishkek"),
                List.of(new RankedPartner(1, "University of Milan", "Milan", "Italy"), new RankedPartner(2, "University of Tartu", "Tartu", "Estonia")),
                List.of(new ReceiptDocument("MOTIVATION_LETTER", "letter.pdf", 1234, "ab".repeat(32)))));
        assertThat(text.subject()).isEqualTo("Application received: MD-2027-000042 - Study exchange 2026/2027");
        assertThat(text.body()).contains("Receipt number: MD-2027-000042").contains("Submitted: 31 March 2027, 23:59:58 +06:00 (Asia/Bishkek)")
                .contains("1. University of Milan, Milan, Italy\n  2. University of Tartu").contains("letter.pdf (1234 bytes, SHA-256 " + "ab".repeat(32) + ")");
    }

    @Test
    void theCallChangeNamesTheReasonAndTheChangedParts() {
        Text text = ApplicationMailText.callChanged("Aizada", "Study exchange", "MD-2027-000001", "Tartu extended its deadline", List.of("deadline"),
                Instant.parse("2027-10-31T00:30:00Z"), ZoneId.of("Europe/Berlin"));
        assertThat(text.subject()).contains("Study exchange");
        assertThat(text.body()).contains("Reason: Tartu extended its deadline").contains("Changed: deadline").contains("31 October 2027, 02:30:00 +02:00");
    }
}
