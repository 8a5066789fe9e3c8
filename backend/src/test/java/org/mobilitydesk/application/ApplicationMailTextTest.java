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
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;

class ApplicationMailTextTest {

    private static Receipt receipt(String title, String italy) {
        return new Receipt("MD-2027-000042", "Aizada Toktogulova", title, Instant.parse("2027-03-31T17:59:58Z"), ZoneId.of("Asia/Bishkek"),
                List.of(new RankedPartner(1, "University of Milan", "Milan", italy), new RankedPartner(2, "University of Tartu", "Tartu", "Estonia")),
                List.of(new ReceiptDocument("MOTIVATION_LETTER", "letter.pdf", 1234, "ab".repeat(32)),
                        new ReceiptDocument("Medical certificate", "health.pdf", 99, "cd".repeat(32))));
    }

    @Test
    void theReceiptNamesNumberCallTimeInTheHomeZonePartnersAndDocumentHashes() {
        Text text = ApplicationMailText.receipt(receipt("Study exchange 2026/2027", "Italy"), Messages.of(InterfaceLanguage.EN));
        assertThat(text.subject()).isEqualTo("Application received: MD-2027-000042 - Study exchange 2026/2027");
        assertThat(text.body()).startsWith("Dear Aizada Toktogulova,\n\nwe received your application to the call “Study exchange 2026/2027”.")
                .contains("Receipt number: MD-2027-000042").contains("Submitted: 31 March 2027, 23:59:58 +06:00 (Asia/Bishkek)")
                .contains("1. University of Milan, Milan, Italy\n  2. University of Tartu")
                .contains("Motivation letter: letter.pdf (1,234 bytes, SHA-256 " + "ab".repeat(32) + ")")
                .contains("Medical certificate: health.pdf (99 bytes");
    }

    @Test
    void theReceiptIsInTheRecipientsLanguage() {
        Text russian = ApplicationMailText.receipt(receipt("Обмен 2026/2027", "Италия"), Messages.of(InterfaceLanguage.RU));
        assertThat(russian.subject()).isEqualTo("Заявка получена: MD-2027-000042 - Обмен 2026/2027");
        assertThat(russian.body()).startsWith("Здравствуйте, Aizada Toktogulova!\n\nмы получили вашу заявку на конкурс «Обмен 2026/2027».")
                .contains("Подана: 31 марта 2027, 23:59:58 +06:00 (Asia/Bishkek)").contains("1. University of Milan, Milan, Италия")
                .contains("Мотивационное письмо: letter.pdf").doesNotContain("Receipt number", "March");
        Text kyrgyz = ApplicationMailText.receipt(receipt("Алмашуу", "Италия"), Messages.of(InterfaceLanguage.KY));
        assertThat(kyrgyz.subject()).isEqualTo("Арыз кабыл алынды: MD-2027-000042 - Алмашуу");
        assertThat(kyrgyz.body()).contains("Квитанциянын номери: MD-2027-000042").contains("Мотивациялык кат").doesNotContain("March");
    }

    @Test
    void theCallChangeNamesTheReasonAndTheChangedParts() {
        Text text = ApplicationMailText.callChanged("Aizada", "Study exchange", "MD-2027-000001", "Tartu extended its deadline",
                List.of("deadline", "places"), Instant.parse("2027-10-31T00:30:00Z"), ZoneId.of("Europe/Berlin"), Messages.of(InterfaceLanguage.EN));
        assertThat(text.subject()).isEqualTo("The call you applied to was changed: Study exchange");
        assertThat(text.body()).contains("Reason: Tartu extended its deadline").contains("Changed: deadline, places")
                .contains("31 October 2027, 02:30:00 +02:00");
        Text kazakh = ApplicationMailText.callChanged("Aizada", "Алмасу", "MD-2027-000001", "Tartu extended its deadline", List.of("deadline"),
                Instant.parse("2027-10-31T00:30:00Z"), ZoneId.of("Europe/Berlin"), Messages.of(InterfaceLanguage.KK));
        assertThat(kazakh.subject()).isEqualTo("Сіз өтінім берген конкурс өзгертілді: Алмасу");
        assertThat(kazakh.body()).contains("Өзгертілгені: қабылдау мерзімі").doesNotContain("October");
    }
}
