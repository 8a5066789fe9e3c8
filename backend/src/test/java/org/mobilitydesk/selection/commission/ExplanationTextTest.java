package org.mobilitydesk.selection.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.selection.ExplanationStep;
import org.mobilitydesk.selection.StepCode;

class ExplanationTextTest {

    private static final UUID TARTU = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID MILAN = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final ExplanationText.Names NAMES = new ExplanationText.Names(
            id -> Map.of(TARTU.toString(), "University of Tartu", MILAN.toString(), "University of Milan").getOrDefault(id, id),
            index -> List.of("Motivation", "Interview", "Grade average").get(Integer.parseInt(index)));

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(ExplanationStep.of(StepCode.RANK, 3, 41, new BigDecimal("82.50")), "Rank 3 of 41, total 82.50."),
                Arguments.of(ExplanationStep.of(StepCode.RANK, 1, 1, new BigDecimal("90")), "Rank 1 of 1, total 90.00."),
                Arguments.of(ExplanationStep.of(StepCode.PREFERENCE_FULL, TARTU, 1, 2, List.of(1, 2)),
                        "University of Tartu (your 1st choice): places 2, both taken by ranks 1 and 2."),
                Arguments.of(ExplanationStep.of(StepCode.PREFERENCE_FULL, TARTU, 2, 1, List.of(4)),
                        "University of Tartu (your 2nd choice): places 1, taken by rank 4."),
                Arguments.of(ExplanationStep.of(StepCode.PREFERENCE_FULL, MILAN, 3, 3, List.of(1, 5, 7)),
                        "University of Milan (your 3rd choice): places 3, all taken by ranks 1, 5 and 7."),
                Arguments.of(ExplanationStep.of(StepCode.PREFERENCE_NO_PLACES, MILAN, 2), "University of Milan (your 2nd choice): no places in this call."),
                Arguments.of(ExplanationStep.of(StepCode.PLACED, MILAN, 2), "University of Milan (your 2nd choice): placed."),
                Arguments.of(ExplanationStep.of(StepCode.RESERVE, 4), "Reserve list, position 4."),
                Arguments.of(ExplanationStep.of(StepCode.BELOW_MINIMUM, new BigDecimal("50.00"), new BigDecimal("47.5")),
                        "The total 47.50 is below the call's minimum of 50.00: not selected."),
                Arguments.of(ExplanationStep.of(StepCode.INCOMPLETE_SCORING, List.of("0"), 2),
                        "Not ranked: Motivation has fewer than the 2 submitted evaluations required."),
                Arguments.of(ExplanationStep.of(StepCode.INCOMPLETE_SCORING, List.of("0", "1"), 3),
                        "Not ranked: Motivation and Interview have fewer than the 3 submitted evaluations required."),
                Arguments.of(ExplanationStep.of(StepCode.DECLINED), "The offer was declined or the application withdrawn: out of the competition."),
                Arguments.of(ExplanationStep.of(StepCode.PLACE_FREED, TARTU, 2, 2), "A place at University of Tartu was freed by rank 2 after rank 2 declined."),
                Arguments.of(ExplanationStep.of(StepCode.UPGRADED, MILAN, 2, TARTU, 1),
                        "Moved from University of Milan (your 2nd choice) to University of Tartu (your 1st choice)."),
                Arguments.of(ExplanationStep.of(StepCode.LEFT_RESERVE, 1, TARTU, 1), "Moved from reserve position 1 to University of Tartu (your 1st choice)."));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void eachStepReadsAsASentence(ExplanationStep step, String text) {
        assertThat(ExplanationText.step(step.code(), step.args(), NAMES)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void storedArgumentsReadAsTextGiveTheSameSentence(ExplanationStep step, String text) {
        Map<String, Object> asText = new java.util.LinkedHashMap<>();
        step.args().forEach((k, v) -> asText.put(k, v instanceof List<?> list ? list.stream().map(Object::toString).toList() : v.toString()));
        assertThat(ExplanationText.step(step.code(), asText, NAMES)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({ "1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd", "101,101st", "111,111th" })
    void ordinals(int n, String text) {
        assertThat(ExplanationText.ordinal(n)).isEqualTo(text);
    }
}
