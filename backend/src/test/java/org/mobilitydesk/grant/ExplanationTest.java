package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void englishFillsThePlaceholdersAndKeepsTheArgumentsForTheSpa() {
        Explanation e = Explanation.of(GrantText.TRAVEL, "distanceKm", new BigDecimal("2675.77"), "band", "2000–2999", "rate", new BigDecimal("395.00"));
        assertThat(e.key()).isEqualTo("grant.line.travel.standard");
        assertThat(e.english()).isEqualTo("2675.77 km, band 2000–2999 km: €395 for the journey there and back");
        assertThat(e.args()).containsExactly(Map.entry("distanceKm", new BigDecimal("2675.77")), Map.entry("band", "2000–2999"),
                Map.entry("rate", new BigDecimal("395.00")));
    }

    @Test
    void numbersShowAsPeopleWriteThem() {
        assertThat(english(new BigDecimal("850.00"))).isEqualTo("850");
        assertThat(english(new BigDecimal("4533.30"))).isEqualTo("4533.30");
        assertThat(english(new BigDecimal("4533.3"))).isEqualTo("4533.30");
        assertThat(english(new BigDecimal("70.035"))).isEqualTo("70.035");
        assertThat(english(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void codesShowInWordsAndListsJoinWithCommas() {
        assertThat(Explanation.of(GrantText.NOT_COMPUTED, "callYear", 2025, "rates",
                List.of(RateKey.of(RateItem.STAFF_DAY, Flow.PROGRAMME_TO_PARTNER), RateKey.of(RateItem.ORGANISATIONAL_SUPPORT))).english())
                .isEqualTo("not computed yet: the international office has not set individual support for staff per day (PROGRAMME_TO_PARTNER), "
                        + "organisational support per participant for call year 2025");
        assertThat(Explanation.of(GrantText.SAME_SIDE, "sendingCountry", "KZ", "receivingCountry", "KG").english())
                .startsWith("KZ and KG are on the same side");
    }

    @Test
    void argumentsMustMatchThePlaceholders() {
        assertThatThrownBy(() -> Explanation.of(GrantText.NO_RATE_TABLE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callYear");
        assertThatThrownBy(() -> Explanation.of(GrantText.NO_RATE_TABLE, "callYear", 2021, "extra", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Explanation.of(GrantText.NO_RATE_TABLE, "callYear")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreUniqueI18nextPathsUnderGrant() {
        assertThat(Arrays.stream(GrantText.values()).map(GrantText::key)).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("^grant\\.(line|warning|refusal)\\.[a-zA-Z0-9.]+$"));
    }

    private static String english(BigDecimal number) {
        return Explanation.of(GrantText.ORGANISATIONAL_SUPPORT, "rate", number).english().replace("€", "").replace(" per participant, paid to the institution", "");
    }
}
