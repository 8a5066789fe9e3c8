package org.mobilitydesk.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErasmusCodeTest {

    @ParameterizedTest
    @CsvSource({ "EE TARTU02, EE TARTU02", "ee   tartu02, EE TARTU02", "I MILANO01, I  MILANO01", "a graz09, A  GRAZ09",
            "' SK NITRA01 ', SK NITRA01", "LV VALMIER01, LV VALMIER01", "F PARIS-SUD11, F  PARIS-SUD11" })
    void canonicalFormPadsTheCountryPrefixToThreeCharacters(String input, String canonical) {
        assertThat(ErasmusCode.canonical(input)).isEqualTo(canonical);
    }

    @Test
    void blankMeansNoCode() {
        assertThat(ErasmusCode.canonical(null)).isNull();
        assertThat(ErasmusCode.canonical("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "TARTU02", "EE TARTU2", "EEEE TARTU02", "EE 02", "EE TARTU021" })
    void malformedCodesAreRejected(String input) {
        assertThatThrownBy(() -> ErasmusCode.canonical(input)).isInstanceOf(IllegalArgumentException.class);
        assertThat(input).doesNotMatch(ErasmusCode.PATTERN);
    }
}
