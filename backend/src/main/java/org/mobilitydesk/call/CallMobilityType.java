package org.mobilitydesk.call;

import java.util.Set;

import org.mobilitydesk.agreement.AgreementMobilityType;

/**
 * The mobility types a call offers (DOMAIN-KA171 §2; the names of the grant estimate's types), with the duration of
 * one mobility that applications must plan within, and the agreement flows whose mobilities per year give a call's
 * places: long-term students in months, short-term students and staff in days excluding travel. Short-term blended
 * and doctoral mobility are student mobility for studies or traineeships in an agreement; blended needs a flow that
 * allows it.
 */
public enum CallMobilityType {
    STUDENT_STUDIES(DurationUnit.MONTHS, 2, 12, Set.of(AgreementMobilityType.STUDENT_STUDIES), false),
    STUDENT_TRAINEESHIP(DurationUnit.MONTHS, 2, 12, Set.of(AgreementMobilityType.STUDENT_TRAINEESHIP), false),
    SHORT_TERM_BLENDED(DurationUnit.DAYS, 5, 30, Set.of(AgreementMobilityType.STUDENT_STUDIES, AgreementMobilityType.STUDENT_TRAINEESHIP), true),
    SHORT_TERM_DOCTORAL(DurationUnit.DAYS, 5, 30, Set.of(AgreementMobilityType.STUDENT_STUDIES, AgreementMobilityType.STUDENT_TRAINEESHIP), false),
    STAFF_TEACHING(DurationUnit.DAYS, 5, 60, Set.of(AgreementMobilityType.STAFF_TEACHING), false),
    STAFF_TRAINING(DurationUnit.DAYS, 5, 60, Set.of(AgreementMobilityType.STAFF_TRAINING), false);

    public enum DurationUnit {
        MONTHS, DAYS
    }

    private final DurationUnit unit;
    private final int minimum;
    private final int maximum;
    private final Set<AgreementMobilityType> flowTypes;
    private final boolean blended;

    CallMobilityType(DurationUnit unit, int minimum, int maximum, Set<AgreementMobilityType> flowTypes, boolean blended) {
        this.unit = unit;
        this.minimum = minimum;
        this.maximum = maximum;
        this.flowTypes = flowTypes;
        this.blended = blended;
    }

    public boolean staff() {
        return this == STAFF_TEACHING || this == STAFF_TRAINING;
    }

    public DurationUnit unit() {
        return unit;
    }

    public int minimumDuration() {
        return minimum;
    }

    public int maximumDuration() {
        return maximum;
    }

    /** The agreement flow types whose mobilities count for this type. */
    public Set<AgreementMobilityType> flowTypes() {
        return flowTypes;
    }

    /** Whether only flows that allow blended mobility count. */
    public boolean needsBlendedFlow() {
        return blended;
    }
}
