package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mobilitydesk.agreement.AgreementSamples.HOME;
import static org.mobilitydesk.agreement.AgreementSamples.PARTNER;
import static org.mobilitydesk.agreement.AgreementSamples.conditions;
import static org.mobilitydesk.agreement.AgreementSamples.edit;
import static org.mobilitydesk.agreement.AgreementSamples.staff;
import static org.mobilitydesk.agreement.AgreementSamples.students;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.ConditionsDiff.ChangeKind;
import org.mobilitydesk.agreement.ConditionsDiff.FieldChange;
import org.mobilitydesk.agreement.ConditionsDiff.FlowChange;

class ConditionsDiffTest {

    @Test
    void sameConditionsInAnotherOrderHaveNoDifference() {
        Flow reordered = edit(students(), f -> Collections.reverse(f.subjectAreas));
        assertThat(ConditionsDiff.between(conditions(students(), staff()), conditions(staff(), reordered)).isEmpty()).isTrue();
    }

    @Test
    void aChangedFlowListsEachChangedFieldBeforeAndAfter() {
        Flow changed = edit(students(), f -> {
            f.mobilities = 3;
            f.months = 15;
            f.subjectAreas.add(new SubjectArea("0311", "health economics"));
            f.eqfLevels.remove(Integer.valueOf(7));
            f.blended = false;
            f.otherTerms = null;
        });
        ConditionsDiff diff = ConditionsDiff.between(conditions(students(), staff()), conditions(changed, staff()));
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.flows()).containsExactly(new FlowChange(ChangeKind.CHANGED, AgreementMobilityType.STUDENT_STUDIES,
                HOME, PARTNER, List.of(
                        new FieldChange("mobilitiesPerYear", "2", "3"),
                        new FieldChange("totalMonthsPerYear", "10", "15"),
                        new FieldChange("subjectAreas", "0912 (dentistry), 0913", "0311 (health economics), 0912 (dentistry), 0913"),
                        new FieldChange("eqfLevels", "6, 7", "6"),
                        new FieldChange("blendedAllowed", "yes", "no"),
                        new FieldChange("otherTerms", "Tuition waived at the host", null))));
    }

    @Test
    void addedAndRemovedFlowsShowTheirValues() {
        ConditionsDiff diff = ConditionsDiff.between(conditions(students()), conditions(staff()));
        assertThat(diff.flows()).extracting(FlowChange::kind, FlowChange::mobilityType)
                .containsExactly(tuple(ChangeKind.REMOVED, AgreementMobilityType.STUDENT_STUDIES),
                        tuple(ChangeKind.ADDED, AgreementMobilityType.STAFF_TEACHING));
        assertThat(diff.flows().get(0).changes()).contains(new FieldChange("languageSkills", "en B2 (0912), et A2", null))
                .allMatch(c -> c.after() == null);
        assertThat(diff.flows().get(1).changes()).contains(new FieldChange("totalDaysPerYear", null, "10"),
                new FieldChange("blendedAllowed", null, "no")).allMatch(c -> c.before() == null);
    }

    @Test
    void flowsOfOneDirectionPairUpAfterIdenticalOnesMatch() {
        Flow traineeship = edit(students(), f -> f.mobilityType = AgreementMobilityType.STUDENT_TRAINEESHIP);
        Flow other = edit(students(), f -> f.subjectAreas.remove(1));
        Flow otherChanged = edit(other, f -> f.languageSkills.clear());
        ConditionsDiff diff = ConditionsDiff.between(conditions(students(), other, traineeship),
                conditions(otherChanged, students()));
        assertThat(diff.flows()).extracting(FlowChange::kind).containsExactly(ChangeKind.CHANGED, ChangeKind.REMOVED);
        assertThat(diff.flows().get(0).changes()).containsExactly(new FieldChange("languageSkills", "en B2 (0912), et A2", null));
        assertThat(diff.flows().get(1).mobilityType()).isEqualTo(AgreementMobilityType.STUDENT_TRAINEESHIP);
    }

    @Test
    void agreementYearsAreCompared() {
        ConditionsDiff diff = ConditionsDiff.between(conditions(), new Conditions("2024/2025", "2028/2029", List.of()));
        assertThat(diff.changes()).containsExactly(new FieldChange("lastAcademicYear", "2027/2028", "2028/2029"));
        assertThat(diff.flows()).isEmpty();
    }
}
