package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.grant.Grants.BISHKEK;
import static org.mobilitydesk.grant.Grants.KYRGYZSTAN;
import static org.mobilitydesk.grant.Grants.TARTU;
import static org.mobilitydesk.grant.Grants.estonia;
import static org.mobilitydesk.grant.Grants.grazToBishkek;
import static org.mobilitydesk.grant.Grants.kokshetauToTartu;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate the office has not set leaves its line out of the total: the estimate still gives every line it can compute,
 * their subtotal, and the values still to be set, each once, in the order of the lines.
 */
class GrantSubtotalTest {

    private static final GrantCalculator CALCULATOR = new GrantCalculator(RateTableFixtures.ALL);

    /** The mobilities of the table below, by name; each takes the call year. */
    private static final Map<String, IntFunction<Grants.Builder>> MOBILITIES = Map.of(
            "staff week Bishkek to Tartu", year -> grazToBishkek().callYear(year).from(KYRGYZSTAN, BISHKEK).to(estonia(year), TARTU).days(5),
            "teacher Graz to Bishkek", year -> grazToBishkek().callYear(year),
            "student Kokshetau to Tartu", year -> kokshetauToTartu().callYear(year).to(estonia(year), TARTU),
            "student with fewer opportunities", year -> kokshetauToTartu().callYear(year).to(estonia(year), TARTU).fewerOpportunities(true));

    @ParameterizedTest(name = "{0}, call {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // mobility | call year | total (none: incomplete) | subtotal | institution subtotal | values still to set, in line order; 2023: Estonia is in group 3
            "staff week Bishkek to Tartu      | 2024 | -     | 580.00   | 0.00        | STAFF_DAY:PARTNER_TO_GROUP_2 ORGANISATIONAL_SUPPORT",
            "staff week Bishkek to Tartu      | 2025 | -     | 580.00   | 0.00        | STAFF_DAY:PARTNER_TO_GROUP_2 ORGANISATIONAL_SUPPORT",
            "staff week Bishkek to Tartu      | 2023 | 1510.00 | 1510.00 | 0.00       | ORGANISATIONAL_SUPPORT",
            "teacher Graz to Bishkek          | 2024 | 2898.00 | 2898.00 | 0.00       | ORGANISATIONAL_SUPPORT",
            "teacher Graz to Bishkek          | 2025 | -     | 1188.00  | 0.00        | STAFF_DAY:PROGRAMME_TO_PARTNER ORGANISATIONAL_SUPPORT",
            "student Kokshetau to Tartu       | 2024 | 4645.00 | 4645.00 | 0.00       | ORGANISATIONAL_SUPPORT",
            "student with fewer opportunities | 2024 | 5895.00 | 5895.00 | 0.00       | ORGANISATIONAL_SUPPORT INCLUSION_SUPPORT" })
    void theSubtotalAddsTheComputedLinesAndTheMissingValuesAreNamed(String mobility, int callYear, String total, String subtotal,
            String institution, String missing) {
        GrantResult result = CALCULATOR.calculate(MOBILITIES.get(mobility).apply(callYear).build());

        assertThat(result.participantSubtotal()).isEqualByComparingTo(subtotal);
        assertThat(result.participantTotal().map(BigDecimal::toPlainString)).isEqualTo(Optional.ofNullable(total));
        assertThat(result.institutionSubtotal()).isEqualByComparingTo(institution);
        assertThat(result.institutionTotal()).as("organisational support is never set in the fixtures").isEmpty();
        List<String> expected = Arrays.asList(missing.split(" "));
        assertThat(result.missingRates().stream().map(RateKey::toString)).containsExactlyElementsOf(expected);
        assertThat(result.lines().stream().filter(l -> !l.computed()))
                .allSatisfy(l -> assertThat(l.explanation().text()).isEqualTo(GrantText.NOT_COMPUTED));
    }
}
