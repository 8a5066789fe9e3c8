package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.ApplicationLifecycle.Action;
import org.mobilitydesk.application.ApplicationLifecycle.Decision;
import org.mobilitydesk.application.ApplicationLifecycle.Outcome;

class ApplicationLifecycleTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-28T01:00:00Z");
    private static final Instant BEFORE = DEADLINE.minusSeconds(1);

    private static Decision decide(ApplicationStatus status, Action action, boolean accepting, Instant now) {
        return ApplicationLifecycle.decide(status, action, accepting, DEADLINE, now);
    }

    @Test
    void aDraftIsEditedAndSubmittedWhileTheCallAccepts() {
        assertThat(decide(ApplicationStatus.DRAFT, Action.EDIT, true, BEFORE)).isEqualTo(new Decision(Outcome.CHANGE, ApplicationStatus.DRAFT, null, false));
        assertThat(decide(ApplicationStatus.DRAFT, Action.SUBMIT, true, BEFORE).next()).isEqualTo(ApplicationStatus.SUBMITTED);
        Decision late = decide(ApplicationStatus.DRAFT, Action.SUBMIT, false, DEADLINE);
        assertThat(late.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(late.byCall()).isTrue();
        assertThat(late.refusal()).contains("closed at its deadline");
        Decision early = decide(ApplicationStatus.DRAFT, Action.EDIT, false, BEFORE);
        assertThat(early.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(early.refusal()).contains("not accept applications yet");
    }

    @Test
    void submittingTwiceChangesNothingAndASubmittedApplicationIsNotEdited() {
        assertThat(decide(ApplicationStatus.SUBMITTED, Action.SUBMIT, true, BEFORE).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(decide(ApplicationStatus.SUBMITTED, Action.SUBMIT, false, DEADLINE.plusSeconds(1)).outcome()).isEqualTo(Outcome.UNCHANGED);
        Decision edit = decide(ApplicationStatus.SUBMITTED, Action.EDIT, true, BEFORE);
        assertThat(edit.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(edit.byCall()).isFalse();
    }

    @Test
    void withdrawingIsAllowedStrictlyBeforeTheDeadlineAndRepeatSafe() {
        assertThat(decide(ApplicationStatus.DRAFT, Action.WITHDRAW, true, BEFORE).next()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(decide(ApplicationStatus.SUBMITTED, Action.WITHDRAW, true, BEFORE).next()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(decide(ApplicationStatus.SUBMITTED, Action.WITHDRAW, false, DEADLINE).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decide(ApplicationStatus.DRAFT, Action.WITHDRAW, false, DEADLINE.plusSeconds(1)).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decide(ApplicationStatus.WITHDRAWN, Action.WITHDRAW, false, DEADLINE.plusSeconds(1)).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aWithdrawnApplicationIsNeitherEditedNorSubmitted() {
        assertThat(decide(ApplicationStatus.WITHDRAWN, Action.SUBMIT, true, BEFORE).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decide(ApplicationStatus.WITHDRAWN, Action.EDIT, true, BEFORE).outcome()).isEqualTo(Outcome.REFUSED);
    }
}
