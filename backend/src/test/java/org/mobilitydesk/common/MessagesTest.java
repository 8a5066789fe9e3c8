package org.mobilitydesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    private static final Messages ENGLISH = Messages.of(InterfaceLanguage.EN);

    @ParameterizedTest
    @EnumSource(InterfaceLanguage.class)
    void everyLanguageHasEveryKeyWithTheSameArguments(InterfaceLanguage language) {
        Messages messages = Messages.of(language);
        assertThat(messages.keys()).isEqualTo(ENGLISH.keys());
        for (String key : ENGLISH.keys()) {
            assertThat(messages.text(key)).as(key).isNotBlank();
            assertThat(arguments(messages, key)).as(key).isEqualTo(arguments(ENGLISH, key));
        }
    }

    @ParameterizedTest
    @EnumSource(value = InterfaceLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void headersAreTranslated(InterfaceLanguage language) {
        assertThat(Messages.of(language).text("export.header.status")).isNotEqualTo(ENGLISH.text("export.header.status"));
    }

    @Test
    void aMissingKeyShowsAsTheKey() {
        assertThat(ENGLISH.text("no.such.key")).isEqualTo("no.such.key");
        assertThat(ENGLISH.has("no.such.key")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ky-KG, ru;q=0.8|KY", "ru;q=0.5, kk;q=0.9|KK", "de-DE, en;q=0.1|EN", "fr|EN", "''|EN", "not a range;;|EN",
            "RU|RU" })
    void acceptLanguagePicksTheFirstOfTheFourByWeight(String header, InterfaceLanguage expected) {
        assertThat(InterfaceLanguage.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    /** How many arguments the pattern takes. */
    private static int arguments(Messages messages, String key) {
        return new MessageFormat(messages.pattern(key), Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
