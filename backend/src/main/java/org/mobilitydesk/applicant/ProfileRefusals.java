package org.mobilitydesk.applicant;

import org.mobilitydesk.common.Refusal;

/** The refusals of an applicant's profile ({@link ProfileRules}). */
public final class ProfileRefusals {

    public static final Refusal AGE = Refusal.of("profile.dateOfBirth.age", "earliestDate", "latestDate", "minimumAge", "maximumAge");
    public static final Refusal PHONE_FORMAT = Refusal.of("profile.phone.format");
    public static final Refusal GRADE_SCALE_REQUIRED = Refusal.of("profile.gradeScale.required");

    private ProfileRefusals() {
    }
}
