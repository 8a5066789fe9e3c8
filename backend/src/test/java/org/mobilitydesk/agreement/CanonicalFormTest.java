package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.agreement.AgreementSamples.HOME;
import static org.mobilitydesk.agreement.AgreementSamples.PARTNER;
import static org.mobilitydesk.agreement.AgreementSamples.STRANGER;
import static org.mobilitydesk.agreement.AgreementSamples.conditions;
import static org.mobilitydesk.agreement.AgreementSamples.edit;
import static org.mobilitydesk.agreement.AgreementSamples.staff;
import static org.mobilitydesk.agreement.AgreementSamples.students;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.agreement.AgreementSamples.FlowEdit;

class CanonicalFormTest {

    @Test
    void canonicalFormIsTheDocumentedJson() {
        Flow flow = new Flow(AgreementMobilityType.STAFF_TRAINING, PARTNER, HOME, "2024/2025", "2025/2026", 1, null, 5,
                List.of(new SubjectArea("0913", " nursing \"care\" "), new SubjectArea("0912", "")), List.of(),
                List.of(new LanguageSkill("ru", "B1", null)), false, "  ");
        assertThat(CanonicalForm.of(new Conditions("2024/2025", "2025/2026", List.of(flow)))).isEqualTo(
                "{\"firstAcademicYear\":\"2024/2025\",\"lastAcademicYear\":\"2025/2026\",\"flows\":[{\"mobilityType\":\"STAFF_TRAINING\","
                        + "\"sendingInstitutionId\":\"" + PARTNER + "\",\"receivingInstitutionId\":\"" + HOME + "\","
                        + "\"firstAcademicYear\":\"2024/2025\",\"lastAcademicYear\":\"2025/2026\",\"mobilitiesPerYear\":1,"
                        + "\"totalDaysPerYear\":5,\"subjectAreas\":[{\"iscedCode\":\"0912\"},{\"iscedCode\":\"0913\","
                        + "\"clarification\":\"nursing \\\"care\\\"\"}],\"eqfLevels\":[],\"languageSkills\":[{\"language\":\"ru\","
                        + "\"cefrLevel\":\"B1\"}],\"blendedAllowed\":false}]}");
    }

    @Test
    void hashIsTheSha256OfTheUtf8CanonicalFormInLowerCaseHex() throws NoSuchAlgorithmException {
        Conditions conditions = conditions(edit(students(), f -> f.otherTerms = "Mobilité gratuite"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalForm.of(conditions).getBytes(StandardCharsets.UTF_8));
        assertThat(CanonicalForm.hash(conditions)).matches("^[0-9a-f]{64}$").isEqualTo(HexFormat.of().formatHex(digest));
        // computed independently: printf %s '{"firstAcademicYear":"2024/2025","lastAcademicYear":"2027/2028","flows":[]}' | sha256sum
        assertThat(CanonicalForm.hash(conditions())).isEqualTo("a8587ac214fda731466ad938f62e13f7f6ac5c6275c798dc22705d2021cab9d4");
    }

    @Test
    void hashIgnoresTheOrderOfFlowsSubjectAreasEqfLevelsAndLanguages() {
        String hash = CanonicalForm.hash(conditions(students(), staff()));
        Flow reordered = edit(students(), f -> {
            Collections.reverse(f.subjectAreas);
            Collections.reverse(f.eqfLevels);
            Collections.reverse(f.languageSkills);
        });
        assertThat(CanonicalForm.hash(conditions(staff(), reordered))).isEqualTo(hash);
        assertThat(CanonicalForm.hash(conditions(reordered, staff()))).isEqualTo(hash);
    }

    @Test
    void hashIgnoresSurroundingSpacesAndUnicodeComposition() {
        Flow composed = edit(students(), f -> f.otherTerms = "Gebühren erlassen");
        Flow decomposed = edit(students(), f -> f.otherTerms = "  Gebu\u0308hren erlassen ");
        assertThat(CanonicalForm.hash(conditions(decomposed))).isEqualTo(CanonicalForm.hash(conditions(composed)));
    }

    static Stream<Arguments> everyFieldOfAFlow() {
        return Stream.of(
                change("mobilityType", f -> f.mobilityType = AgreementMobilityType.STUDENT_TRAINEESHIP),
                change("sendingInstitutionId", f -> f.sending = STRANGER),
                change("receivingInstitutionId", f -> f.receiving = STRANGER),
                change("firstAcademicYear", f -> f.firstYear = "2025/2026"),
                change("lastAcademicYear", f -> f.lastYear = "2026/2027"),
                change("mobilitiesPerYear", f -> f.mobilities = 3),
                change("totalMonthsPerYear", f -> f.months = 11),
                change("totalDaysPerYear", f -> f.days = 10),
                change("subjectAreas.iscedCode", f -> f.subjectAreas.set(1, new SubjectArea("0311", null))),
                change("subjectAreas.clarification", f -> f.subjectAreas.set(0, new SubjectArea("0912", "orthodontics"))),
                change("subjectAreas added", f -> f.subjectAreas.add(new SubjectArea("0311", null))),
                change("eqfLevels", f -> f.eqfLevels.set(1, 8)),
                change("eqfLevels removed", f -> f.eqfLevels.remove(1)),
                change("languageSkills.language", f -> f.languageSkills.set(1, new LanguageSkill("ru", "A2", null))),
                change("languageSkills.cefrLevel", f -> f.languageSkills.set(1, new LanguageSkill("et", "B1", null))),
                change("languageSkills.iscedCode", f -> f.languageSkills.set(1, new LanguageSkill("et", "A2", "0913"))),
                change("blendedAllowed", f -> f.blended = false),
                change("otherTerms", f -> f.otherTerms = "Tuition waived at the host."));
    }

    private static Arguments change(String field, Consumer<FlowEdit> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFieldOfAFlow")
    void hashChangesWithEveryFieldOfAFlow(String field, Consumer<FlowEdit> change) {
        Flow changed = edit(students(), change);
        assertThat(changed).isNotEqualTo(students());
        assertThat(CanonicalForm.hash(conditions(changed, staff()))).as(field)
                .isNotEqualTo(CanonicalForm.hash(conditions(students(), staff())));
    }

    @Test
    void hashChangesWithTheAgreementYearsAndTheNumberOfFlows() {
        String hash = CanonicalForm.hash(conditions(students()));
        assertThat(CanonicalForm.hash(new Conditions("2023/2024", "2027/2028", List.of(students())))).isNotEqualTo(hash);
        assertThat(CanonicalForm.hash(new Conditions("2024/2025", "2028/2029", List.of(students())))).isNotEqualTo(hash);
        assertThat(CanonicalForm.hash(conditions(students(), students()))).isNotEqualTo(hash);
    }
}
