package org.mobilitydesk.common;

/** Refusals that several features' rules share, with one message each. */
public final class CommonRefusals {

    public static final Refusal REQUIRED = Refusal.of("common.required");
    public static final Refusal DUPLICATE = Refusal.of("common.duplicate");
    public static final Refusal BETWEEN = Refusal.of("common.between", "minimum", "maximum");
    public static final Refusal TOO_LONG = Refusal.of("common.tooLong", "maximum");
    /** A positive number up to a maximum, such as a grade scale's best grade. */
    public static final Refusal POSITIVE_AT_MOST = Refusal.of("common.positiveAtMost", "maximum");
    public static final Refusal GRADE_ABOVE_SCALE = Refusal.of("common.gradeAboveScale", "scale");
    public static final Refusal EQF_LEVEL = Refusal.of("common.eqfLevel");
    public static final Refusal UNKNOWN_ACADEMIC_YEAR = Refusal.of("common.unknownAcademicYear");
    public static final Refusal UNKNOWN_LANGUAGE = Refusal.of("common.unknownLanguage");
    public static final Refusal UNKNOWN_CEFR_LEVEL = Refusal.of("common.unknownCefrLevel");
    public static final Refusal UNKNOWN_ISCED = Refusal.of("common.unknownIsced");
    public static final Refusal UNKNOWN_COUNTRY = Refusal.of("common.unknownCountry");
    public static final Refusal UNKNOWN_INSTITUTION = Refusal.of("common.unknownInstitution");
    public static final Refusal UNKNOWN_PARTNER = Refusal.of("common.unknownPartner");
    public static final Refusal UNKNOWN_PROJECT = Refusal.of("common.unknownProject");
    public static final Refusal HOME_NOT_CONFIGURED = Refusal.of("common.homeNotConfigured");

    private CommonRefusals() {
    }
}
