package org.mobilitydesk.agreement;

/**
 * The mobility types of an agreement's flows (DOMAIN-KA171 §2, §7) with the duration of one mobility: students count
 * months (2–12), staff count days (5–60, travel excluded). A flow's yearly total must lie between its mobilities
 * times the minimum and its mobilities times the maximum.
 */
public enum AgreementMobilityType {
    STUDENT_STUDIES(true, 2, 12),
    STUDENT_TRAINEESHIP(true, 2, 12),
    STAFF_TEACHING(false, 5, 60),
    STAFF_TRAINING(false, 5, 60);

    private final boolean student;
    private final int minimumPerMobility;
    private final int maximumPerMobility;

    AgreementMobilityType(boolean student, int minimumPerMobility, int maximumPerMobility) {
        this.student = student;
        this.minimumPerMobility = minimumPerMobility;
        this.maximumPerMobility = maximumPerMobility;
    }

    public boolean student() {
        return student;
    }

    /** Months for students, days for staff. */
    public int minimumPerMobility() {
        return minimumPerMobility;
    }

    /** Months for students, days for staff. */
    public int maximumPerMobility() {
        return maximumPerMobility;
    }
}
