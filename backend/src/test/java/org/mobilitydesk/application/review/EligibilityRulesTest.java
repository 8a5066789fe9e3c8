package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;
import org.mobilitydesk.application.review.EligibilityRules.Refusal;

class EligibilityRulesTest {

    @ParameterizedTest
    @EnumSource(EligibilityDecision.class)
    void aSubmittedApplicationTakesAnyDecisionWithAReason(EligibilityDecision decision) {
        assertThat(EligibilityRules.refusal(ApplicationStatus.SUBMITTED, decision, "Checked the transcript")).isEmpty();
    }

    @Test
    void ineligibleNeedsAReasonTheOthersDoNot() {
        assertThat(EligibilityRules.refusal(ApplicationStatus.SUBMITTED, EligibilityDecision.INELIGIBLE, null)).contains(Refusal.REASON_REQUIRED);
        assertThat(EligibilityRules.refusal(ApplicationStatus.SUBMITTED, EligibilityDecision.INELIGIBLE, " \n ")).contains(Refusal.REASON_REQUIRED);
        assertThat(EligibilityRules.refusal(ApplicationStatus.SUBMITTED, EligibilityDecision.ELIGIBLE, null)).isEmpty();
        assertThat(EligibilityRules.refusal(ApplicationStatus.SUBMITTED, EligibilityDecision.PENDING, "")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = { "WITHDRAWN", "DRAFT" })
    void onlySubmittedApplicationsAreDecidedOn(ApplicationStatus status) {
        assertThat(EligibilityRules.refusal(status, EligibilityDecision.ELIGIBLE, "fine")).contains(Refusal.NOT_SUBMITTED);
        assertThat(EligibilityRules.refusal(status, EligibilityDecision.INELIGIBLE, null)).contains(Refusal.NOT_SUBMITTED);
    }

    @Test
    void theReasonIsStoredStrippedOrNotAtAll() {
        assertThat(EligibilityRules.reason("  Grade too low \n")).isEqualTo("Grade too low");
        assertThat(EligibilityRules.reason("   ")).isNull();
        assertThat(EligibilityRules.reason(null)).isNull();
    }
}
