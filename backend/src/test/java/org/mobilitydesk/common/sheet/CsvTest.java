package org.mobilitydesk.common.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(Csv.field("Aizada Toktogulova")).isEqualTo("Aizada Toktogulova");
        assertThat(Csv.field("Айгерим")).isEqualTo("Айгерим");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx" })
    void formulaStartsGetAnApostrophe(String text) {
        assertThat(Csv.defused(text)).isEqualTo("'" + text);
        assertThat(Csv.field(text)).contains("'" + text.charAt(0));
    }

    @ParameterizedTest
    @CsvSource({ "a=1", "x-1", "mail@example.kg", "'quoted" })
    void otherTextIsUntouched(String text) {
        assertThat(Csv.defused(text)).isEqualTo(text);
    }

    @Test
    void aFormulaWithQuotesAndCommasIsDefusedThenQuoted() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.field("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void numbersAreWrittenAsNumbersEvenNegative() {
        assertThat(Csv.field(3)).isEqualTo("3");
        assertThat(Csv.field(-2)).isEqualTo("-2");
    }

    @Test
    void aLineEndsWithCrLfInUtf8() {
        byte[] line = Csv.line(Arrays.asList("a", null, 2, "ü,"));
        assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("a,,2,\"ü,\"\r\n");
        assertThat(Csv.BOM).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Csv.line(List.of())).containsExactly('\r', '\n');
    }
}
