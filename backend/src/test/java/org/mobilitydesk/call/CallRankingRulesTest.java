package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallRules.PartnerFacts;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.common.Refusals.Case;
import org.mobilitydesk.selection.CriterionKind;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The rules of criteria computed from the profile and of the published ranking rules. */
class CallRankingRulesTest {

    private static final UUID TARTU = UUID.randomUUID();
    private static final Instant OPENS = Instant.parse("2027-01-15T03:00:00Z");
    private static final CallRules.Codes CODES = new CallRules.Codes(Set.of("2026/2027"), Set.of(6, 7),
            Set.of("A1", "A2", "B1", "B2", "C1", "C2"), Set.of("en", "ru", "et"));

    private static Criterion criterion(int weight, CriterionKind kind, String language) {
        return new Criterion(Map.of("en", "Criterion"), weight, 10, kind, language, Map.of());
    }

    private static List<FieldError> violations(CallMobilityType type, List<Criterion> criteria, RankingRules ranking) {
        CallContent call = new CallContent(Map.of("en", "Exchange"), Map.of("en", "Abroad"), type, CallDirection.OUTGOING, "2026/2027",
                null, List.of(new Place(TARTU, 2, null)), Eligibility.NONE, List.of(), criteria, ranking, 2, OPENS,
                OPENS.plusSeconds(86_400));
        return CallRules.violations(call, Map.of(TARTU, new PartnerFacts(true, "Tartu", true, 2)), true, CODES);
    }

    private static List<String> refused(CallMobilityType type, List<Criterion> criteria, RankingRules ranking) {
        return violations(type, criteria, ranking).stream().map(error -> error.field() + " " + error.code()).toList();
    }

    /** One case of each refusal these rules add, with its arguments; {@link CallRulesTest} checks the table covers them all. */
    static Stream<Case> refusals() {
        CallMobilityType students = CallMobilityType.STUDENT_STUDIES;
        return Stream.of(
                Refusals.refused("a level without its language",
                        () -> violations(students, List.of(criterion(100, CriterionKind.LANGUAGE_LEVEL, null)), null),
                        "criteria[0].language", CallRefusals.CRITERION_LANGUAGE_REQUIRED),
                Refusals.refused("a language for the panel's score",
                        () -> violations(students, List.of(criterion(100, CriterionKind.EVALUATOR, "en")), null),
                        "criteria[0].language", CallRefusals.CRITERION_LANGUAGE_ONLY_FOR_LEVEL),
                Refusals.refused("the bonus twice", () -> violations(students,
                        List.of(criterion(50, CriterionKind.FEWER_OPPORTUNITIES, null), criterion(50, CriterionKind.FEWER_OPPORTUNITIES, null)),
                        null), "criteria[1].kind", CallRefusals.CRITERION_TWICE),
                Refusals.refused("grades of staff", () -> violations(CallMobilityType.STAFF_TRAINING,
                        List.of(criterion(100, CriterionKind.GRADE_AVERAGE, null)), null), "criteria[0].kind", CallRefusals.GRADE_CRITERION_FOR_STAFF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalCarriesItsCodeAndArguments(Case refusal) {
        refusal.check();
    }

    static Stream<Arguments> criteria() {
        CriterionKind evaluator = CriterionKind.EVALUATOR;
        CriterionKind grade = CriterionKind.GRADE_AVERAGE;
        CriterionKind level = CriterionKind.LANGUAGE_LEVEL;
        CriterionKind fewer = CriterionKind.FEWER_OPPORTUNITIES;
        CallMobilityType students = CallMobilityType.STUDENT_STUDIES;
        CallMobilityType staff = CallMobilityType.STAFF_TEACHING;
        return Stream.of(
                Arguments.of("one of each kind", students,
                        List.of(criterion(40, evaluator, null), criterion(30, grade, null), criterion(20, level, "en"), criterion(10, fewer, null)),
                        List.of()),
                Arguments.of("two languages, a level each", students, List.of(criterion(50, level, "en"), criterion(50, level, "et")), List.of()),
                Arguments.of("a level without its language", students, List.of(criterion(50, evaluator, null), criterion(50, level, null)),
                        List.of("criteria[1].language call.criteria.languageRequired")),
                Arguments.of("a level of an unknown language", students, List.of(criterion(50, evaluator, null), criterion(50, level, "xx")),
                        List.of("criteria[1].language common.unknownLanguage")),
                Arguments.of("a language on a criterion of another kind", students,
                        List.of(criterion(50, evaluator, "en"), criterion(50, grade, null)),
                        List.of("criteria[0].language call.criteria.languageOnlyForLevel")),
                Arguments.of("the grade average twice", students, List.of(criterion(50, grade, null), criterion(50, grade, null)),
                        List.of("criteria[1].kind call.criteria.twice")),
                Arguments.of("the same level twice", students, List.of(criterion(50, level, "en"), criterion(50, level, "en")),
                        List.of("criteria[1].kind call.criteria.twice")),
                Arguments.of("the bonus twice", staff, List.of(criterion(50, fewer, null), criterion(50, fewer, null)),
                        List.of("criteria[1].kind call.criteria.twice")),
                Arguments.of("evaluators may score twice", staff, List.of(criterion(50, evaluator, null), criterion(50, evaluator, null)),
                        List.of()),
                Arguments.of("grades in a staff call", staff, List.of(criterion(50, evaluator, null), criterion(50, grade, null)),
                        List.of("criteria[1].kind call.criteria.gradeForStaff")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void criteria(String name, CallMobilityType type, List<Criterion> criteria, List<String> refused) {
        assertThat(refused(type, criteria, null)).containsExactlyElementsOf(refused);
    }

    static Stream<Arguments> minimumTotals() {
        return Stream.of(Arguments.of("0", true), Arguments.of("50.25", true), Arguments.of("100", true), Arguments.of("-0.01", false),
                Arguments.of("100.01", false));
    }

    @ParameterizedTest(name = "minimum total {0}: allowed {1}")
    @MethodSource
    void minimumTotals(String minimum, boolean allowed) {
        List<String> refused = refused(CallMobilityType.STUDENT_STUDIES, List.of(criterion(100, CriterionKind.EVALUATOR, null)),
                new RankingRules(true, new BigDecimal(minimum)));
        assertThat(refused).isEqualTo(allowed ? List.of() : List.of("ranking.minimumTotal common.between"));
    }

    @Test
    void aCriterionStoredBeforeKindsExistedReadsAsScoredByEvaluators() throws Exception {
        Criterion old = new ObjectMapper().readValue("{\"name\": {\"en\": \"Motivation\"}, \"weight\": 100, \"maxScore\": 10}", Criterion.class);
        assertThat(old.kind()).isEqualTo(CriterionKind.EVALUATOR);
        assertThat(old.language()).isNull();
        assertThat(old.description()).isEmpty();
        assertThat(new ObjectMapper().readValue("{}", RankingRules.class)).isEqualTo(new RankingRules(false, null));
    }
}
