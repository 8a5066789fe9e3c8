package org.mobilitydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://mobility.ut.ee/hooks/mobility-desk",
            "https://partner.example:8443/events?source=mobility-desk",
            "HTTPS://PARTNER.EXAMPLE/",
            "http://localhost:8080/hooks",
            "http://127.0.0.1:39123/hooks",
            "http://127.10.0.1/hooks",
            "http://[::1]:8080/hooks" })
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThat(WebhookUrl.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not a url | is not a well-formed URL",
            "https://partner.example/a b | is not a well-formed URL",
            "/hooks | must be an absolute URL such as https://partner.example/mobility-desk/events",
            "mailto:iro@ut.ee | must be an absolute URL such as https://partner.example/mobility-desk/events",
            "ftp://partner.example/hooks | must be an https URL",
            "javascript://partner.example/%0aalert(1) | must be an https URL",
            "https://user:password@partner.example/hooks | must not contain a user name or password",
            "https://token@partner.example/hooks | must not contain a user name or password",
            "https:///hooks | must name a valid host",
            "https://under_score.example/hooks | must name a valid host",
            "https://partner.example:0/hooks | must have a port between 1 and 65535",
            "https://partner.example:70000/hooks | must have a port between 1 and 65535",
            "https://partner.example/hooks#part | must not contain a fragment (#...)",
            "http://partner.example/hooks | must be an https URL (plain http only for localhost and loopback addresses)",
            "http://10.0.0.7/hooks | must be an https URL (plain http only for localhost and loopback addresses)",
            "http://127.0.0.1.partner.example/hooks | must be an https URL (plain http only for localhost and loopback addresses)",
            "http://localhost.partner.example/hooks | must be an https URL (plain http only for localhost and loopback addresses)" })
    void refusesWithAReason(String url, String reason) {
        assertThat(WebhookUrl.refusal(url)).contains(reason);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   " })
    void requiresAValue(String url) {
        assertThat(WebhookUrl.refusal(url)).contains("is required");
    }

    @ParameterizedTest
    @ValueSource(ints = { WebhookUrl.MAX_LENGTH, WebhookUrl.MAX_LENGTH + 1 })
    void limitsTheLength(int length) {
        String prefix = "https://partner.example/";
        String url = prefix + "a".repeat(length - prefix.length());
        assertThat(WebhookUrl.refusal(url).isEmpty()).isEqualTo(length <= WebhookUrl.MAX_LENGTH);
    }
}
