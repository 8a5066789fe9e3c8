package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void matchesTheHmacSha256TestVectorOfRfc4231() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void signsTheExactBytesUnderTheUtf8BytesOfTheSecret() {
        byte[] body = "{\"type\":\"agreement.approved\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.of("sécret", body);
        assertThat(signature).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookSignature.of("sécret", body)).isEqualTo(signature);
        assertThat(WebhookSignature.of("secret", body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.of("sécret", "{\"type\": \"agreement.approved\"}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(signature);
    }
}
