package org.mobilitydesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void splitsOnWhitespaceAndDropsRepeats() {
        assertThat(TextSearch.words("  Žilinská   univerzita\tžilinská ")).containsExactly("Žilinská", "univerzita", "žilinská");
        assertThat(TextSearch.words("tartu tartu")).containsExactly("tartu");
        assertThat(TextSearch.words("   ")).isEmpty();
        assertThat(TextSearch.words(null)).isEmpty();
        assertThat(TextSearch.words("a b c d e f g h i j")).hasSize(8);
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(TextSearch.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
