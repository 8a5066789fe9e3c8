package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.FieldError;

class ApplicationRulesTest {

    private static List<String> preferences(int max, UUID... partners) {
        return ApplicationRules.preferenceViolations(Samples.call(org.mobilitydesk.call.CallMobilityType.STUDENT_STUDIES, Samples.STUDENT_RULES, max),
                List.of(partners)).stream().map(f -> f.field() + " " + f.code()).toList();
    }

    @Test
    void preferencesAreTheCallsPartnersEachOnceAtMostMaxPreferences() {
        assertThat(preferences(2, Samples.MILAN, Samples.TARTU)).isEmpty();
        assertThat(preferences(2)).isEmpty();
        assertThat(preferences(2, Samples.GRAZ)).containsExactly("preferences[0] application.preferences.notInCall");
        assertThat(preferences(2, Samples.TARTU, Samples.TARTU)).containsExactly("preferences[1] application.preferences.twice");
        assertThat(preferences(1, Samples.TARTU, Samples.MILAN)).containsExactly("preferences[1] application.preferences.tooMany");
        assertThat(preferences(3, Samples.TARTU, Samples.MILAN, Samples.GRAZ, Samples.TARTU))
                .containsExactly("preferences[2] application.preferences.notInCall", "preferences[3] application.preferences.tooMany");
    }

    @Test
    void savingChecksPreferencesAndPeriodTogether() {
        List<FieldError> errors = ApplicationRules.saveViolations(Samples.studentCall(), List.of(Samples.GRAZ), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 1));
        assertThat(errors).extracting(FieldError::field).containsExactly("preferences[0]", "plannedEnd");
    }

    @Test
    void uploadsMatchARequirementByTypeAndForOtherByItsEnglishLabel() {
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.MOTIVATION_LETTER, null)).isPresent();
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.MOTIVATION_LETTER, "ignored")).isPresent();
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.CV, null)).isEmpty();
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.OTHER, " Medical certificate ")).isPresent();
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.OTHER, "Medical")).isEmpty();
        assertThat(ApplicationRules.requirement(Samples.studentCall(), DocumentType.OTHER, null)).isEmpty();
        assertThat(ApplicationRules.documentField(DocumentType.OTHER, "Medical certificate")).isEqualTo("documents.OTHER[Medical certificate]");
    }
}
