package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mobilitydesk.agreement.AgreementSamples.CODES;
import static org.mobilitydesk.agreement.AgreementSamples.HOME;
import static org.mobilitydesk.agreement.AgreementSamples.PARTNER;
import static org.mobilitydesk.agreement.AgreementSamples.STRANGER;
import static org.mobilitydesk.agreement.AgreementSamples.conditions;
import static org.mobilitydesk.agreement.AgreementSamples.edit;
import static org.mobilitydesk.agreement.AgreementSamples.staff;
import static org.mobilitydesk.agreement.AgreementSamples.students;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.agreement.AgreementSamples.FlowEdit;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusal;
import org.mobilitydesk.common.Refusals;

class ConditionsRulesTest {

    private static List<FieldError> violations(Conditions conditions) {
        return ConditionsRules.violations(conditions, HOME, PARTNER, CODES);
    }

    @Test
    void validConditionsPass() {
        assertThat(violations(conditions(students(), staff()))).isEmpty();
        assertThat(violations(conditions())).isEmpty();
    }

    @Test
    void theBoundsOfTheNumbersAreAllowed() {
        assertThat(violations(conditions(edit(students(), f -> {
            f.mobilities = 1000;
            f.months = 12_000;
        }), edit(staff(), f -> {
            f.mobilities = 1;
            f.days = 5;
        }), edit(staff(), f -> {
            f.mobilityType = AgreementMobilityType.STAFF_TRAINING;
            f.days = 120;
        })))).isEmpty();
    }

    static Stream<Arguments> brokenFlows() {
        return Stream.of(
                broken("same institution both ways", f -> f.receiving = HOME, "flows[1].receivingInstitutionId", "must differ from the sending institution", AgreementRefusals.SAME_INSTITUTION),
                broken("sending institution not a partner", f -> f.sending = STRANGER, "flows[1].sendingInstitutionId", "must be one of the two institutions", AgreementRefusals.NOT_OF_AGREEMENT),
                broken("receiving institution not a partner", f -> f.receiving = STRANGER, "flows[1].receivingInstitutionId", "must be one of the two institutions", AgreementRefusals.NOT_OF_AGREEMENT),
                broken("years inverted", f -> {
                    f.firstYear = "2026/2027";
                    f.lastYear = "2025/2026";
                }, "flows[1].lastAcademicYear", "must not be before the first academic year 2026/2027", AgreementRefusals.LAST_YEAR_BEFORE_FIRST),
                broken("starts before the agreement", f -> f.firstYear = "2023/2024", "flows[1].firstAcademicYear", "must lie within the agreement's academic years 2024/2025 to 2027/2028", AgreementRefusals.FLOW_OUTSIDE_YEARS),
                broken("ends after the agreement", f -> f.lastYear = "2028/2029", "flows[1].lastAcademicYear", "must lie within the agreement's academic years", AgreementRefusals.FLOW_OUTSIDE_YEARS),
                broken("unknown academic year", f -> f.firstYear = "2024-2025", "flows[1].firstAcademicYear", "is not a known academic year", CommonRefusals.UNKNOWN_ACADEMIC_YEAR),
                broken("no mobilities", f -> f.mobilities = 0, "flows[1].mobilitiesPerYear", "must be between 1 and 1000", CommonRefusals.BETWEEN),
                broken("negative mobilities", f -> f.mobilities = -3, "flows[1].mobilitiesPerYear", "must be between 1 and 1000", CommonRefusals.BETWEEN),
                broken("absurd mobilities", f -> {
                    f.mobilities = 1001;
                    f.months = 5000;
                }, "flows[1].mobilitiesPerYear", "must be between 1 and 1000", CommonRefusals.BETWEEN),
                broken("months below mobilities × 2", f -> f.months = 3, "flows[1].totalMonthsPerYear", "must be between 4 and 24 months for 2 mobilities", AgreementRefusals.TOTAL_OUT_OF_RANGE),
                broken("months above mobilities × 12", f -> f.months = 25, "flows[1].totalMonthsPerYear", "must be between 4 and 24 months", AgreementRefusals.TOTAL_OUT_OF_RANGE),
                broken("negative months", f -> f.months = -1, "flows[1].totalMonthsPerYear", "must be between 4 and 24 months", AgreementRefusals.TOTAL_OUT_OF_RANGE),
                broken("students without months", f -> f.months = null, "flows[1].totalMonthsPerYear", "is required for student studies", AgreementRefusals.TOTAL_REQUIRED),
                broken("students with days", f -> f.days = 10, "flows[1].totalDaysPerYear", "must be empty: student mobility counts months", AgreementRefusals.STUDENTS_COUNT_MONTHS),
                broken("unknown ISCED code", f -> f.subjectAreas.set(0, new SubjectArea("9999", null)), "flows[1].subjectAreas[0].iscedCode", "is not a known ISCED-F 2013 code", CommonRefusals.UNKNOWN_ISCED),
                broken("duplicate subject area", f -> f.subjectAreas.add(new SubjectArea("0912", "surgery")), "flows[1].subjectAreas[2].iscedCode", "appears more than once", CommonRefusals.DUPLICATE),
                broken("long clarification", f -> f.subjectAreas.set(1, new SubjectArea("0913", "x".repeat(201))), "flows[1].subjectAreas[1].clarification", "must be at most 200 characters", CommonRefusals.TOO_LONG),
                broken("EQF below higher education", f -> f.eqfLevels.set(0, 4), "flows[1].eqfLevels[0]", "must be an EQF level of higher education, 5 to 8", CommonRefusals.EQF_LEVEL),
                broken("unknown EQF level", f -> f.eqfLevels.set(1, 9), "flows[1].eqfLevels[1]", "must be an EQF level of higher education, 5 to 8", CommonRefusals.EQF_LEVEL),
                broken("duplicate EQF level", f -> f.eqfLevels.add(6), "flows[1].eqfLevels[2]", "appears more than once", CommonRefusals.DUPLICATE),
                broken("unknown language", f -> f.languageSkills.set(0, new LanguageSkill("xx", "B2", null)), "flows[1].languageSkills[0].language", "is not a known ISO 639-1 language code", CommonRefusals.UNKNOWN_LANGUAGE),
                broken("unknown CEFR level", f -> f.languageSkills.set(0, new LanguageSkill("en", "B3", null)), "flows[1].languageSkills[0].cefrLevel", "is not a CEFR level A1 to C2", CommonRefusals.UNKNOWN_CEFR_LEVEL),
                broken("unknown ISCED code of a language", f -> f.languageSkills.set(0, new LanguageSkill("en", "B2", "0000")), "flows[1].languageSkills[0].iscedCode", "is not a known ISCED-F 2013 code", CommonRefusals.UNKNOWN_ISCED),
                broken("duplicate language", f -> f.languageSkills.add(new LanguageSkill("et", "B1", null)), "flows[1].languageSkills[2].language", "appears more than once", AgreementRefusals.LANGUAGE_TWICE));
    }

    static Stream<Arguments> brokenStaffFlows() {
        return Stream.of(
                broken("days below mobilities × 5", f -> f.days = 9, "flows[1].totalDaysPerYear", "must be between 10 and 120 days for 2 mobilities", AgreementRefusals.TOTAL_OUT_OF_RANGE),
                broken("days above mobilities × 60", f -> f.days = 121, "flows[1].totalDaysPerYear", "must be between 10 and 120 days", AgreementRefusals.TOTAL_OUT_OF_RANGE),
                broken("staff without days", f -> f.days = null, "flows[1].totalDaysPerYear", "is required for staff teaching", AgreementRefusals.TOTAL_REQUIRED),
                broken("staff with months", f -> f.months = 2, "flows[1].totalMonthsPerYear", "must be empty: staff mobility counts days", AgreementRefusals.STAFF_COUNTS_DAYS),
                broken("staff with EQF levels", f -> f.eqfLevels.add(7), "flows[1].eqfLevels", "apply to student mobility only", AgreementRefusals.STUDENT_ONLY),
                broken("staff with blended mobility", f -> f.blended = true, "flows[1].blendedAllowed", "applies to student mobility only", AgreementRefusals.STUDENT_ONLY));
    }

    private static Arguments broken(String what, Consumer<FlowEdit> change, String field, String message, Refusal refusal) {
        return Arguments.of(what, change, field, message, refusal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFlows")
    void aBrokenStudentFlowIsRefusedAtItsField(String what, Consumer<FlowEdit> change, String field, String message, Refusal refusal) {
        List<FieldError> found = violations(conditions(staff(), edit(students(), change)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).field()).isEqualTo(field);
        assertThat(found.get(0).message()).startsWith(message);
        Refusals.refused(what, () -> found, field, refusal).check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenStaffFlows")
    void aBrokenStaffFlowIsRefusedAtItsField(String what, Consumer<FlowEdit> change, String field, String message, Refusal refusal) {
        List<FieldError> found = violations(conditions(students(), edit(staff(), change)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).field()).isEqualTo(field);
        assertThat(found.get(0).message()).startsWith(message);
        Refusals.refused(what, () -> found, field, refusal).check();
    }

    @Test
    void agreementYearsMustBeKnownAndInOrder() {
        assertThat(violations(new Conditions("2013/2014", "2040/2041", List.of()))).extracting(FieldError::field)
                .containsExactly("firstAcademicYear", "lastAcademicYear");
        assertThat(violations(new Conditions("2027/2028", "2024/2025", List.of()))).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("lastAcademicYear", "must not be before the first academic year 2027/2028"));
    }

    @Test
    void overlappingFlowsOfOneTypeDirectionAndSubjectAreasAreRefused() {
        Flow later = edit(students(), f -> f.firstYear = "2027/2028");
        assertThat(violations(conditions(students(), staff(), later))).extracting(FieldError::field, FieldError::message).containsExactly(tuple("flows[2]",
                "overlaps flows[0]: same type, direction and subject areas in the same academic years; merge them into one flow"));
        Refusals.refused("overlap", () -> violations(conditions(students(), staff(), later)), "flows[2]", AgreementRefusals.FLOWS_OVERLAP).check();
        Flow otherSubjects = edit(students(), f -> f.subjectAreas.remove(1));
        Flow otherDirection = edit(students(), f -> {
            f.sending = PARTNER;
            f.receiving = HOME;
        });
        assertThat(violations(conditions(students(), otherSubjects, otherDirection))).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Flow bad = edit(students(), f -> {
            f.receiving = HOME;
            f.mobilities = 0;
            f.subjectAreas.add(new SubjectArea("12345", null));
        });
        assertThat(violations(conditions(bad))).extracting(FieldError::field).containsExactly(
                "flows[0].receivingInstitutionId", "flows[0].mobilitiesPerYear", "flows[0].subjectAreas[2].iscedCode");
    }

    @Test
    void theTablesCoverEveryRefusalOfTheConditionsAndTheTermination() {
        Set<Refusal> covered = Stream.concat(brokenFlows(), brokenStaffFlows()).map(a -> (Refusal) a.get()[4]).collect(Collectors.toSet());
        // Overlaps are checked above, the termination in AcademicCalendarTest; the rest are the service's (AgreementApiTest).
        covered.addAll(Set.of(AgreementRefusals.FLOWS_OVERLAP, AgreementRefusals.TERMINATION_IN_PAST, AgreementRefusals.TERMINATION_NOTICE,
                AgreementRefusals.OVERRIDE_REASON_REQUIRED));
        assertThat(covered).containsAll(Refusals.declaredIn(AgreementRefusals.class).stream().filter(r -> !SERVICE.contains(r)).toList());
    }

    private static final Set<Refusal> SERVICE = Set.of(AgreementRefusals.PARTNER_FIXED, AgreementRefusals.SIGN_WITHOUT_FLOWS,
            AgreementRefusals.DECLINE_COMMENT_REQUIRED, AgreementRefusals.NO_APPROVED_VERSION, AgreementRefusals.PROJECT_WITHOUT_PARTNER);
}
