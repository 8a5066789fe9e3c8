package org.mobilitydesk.application;

import org.mobilitydesk.common.Refusal;

/**
 * The refusals of an application and the problems of its checklist ({@link ApplicationRules}, {@link PeriodRules},
 * {@link Checklist}, {@link EligibilityCheck}, {@link ApplicationService}, the eligibility review).
 */
public final class ApplicationRefusals {

    public static final Refusal PREFERENCES_MISSING = Refusal.of("application.preferences.missing");
    public static final Refusal PREFERENCES_TOO_MANY = Refusal.of("application.preferences.tooMany", "maximum");
    public static final Refusal PREFERENCE_NOT_IN_CALL = Refusal.of("application.preferences.notInCall");
    public static final Refusal PREFERENCE_TWICE = Refusal.of("application.preferences.twice");
    public static final Refusal START_MISSING = Refusal.of("application.period.missingStart");
    public static final Refusal END_MISSING = Refusal.of("application.period.missingEnd");
    public static final Refusal END_BEFORE_START = Refusal.of("application.period.endBeforeStart", "startDate");
    /** days: the planned length as counted for the type's unit (MONTHS: in 30-day months); minimum and maximum in that unit. */
    public static final Refusal PERIOD_TOO_SHORT = Refusal.of("application.period.tooShort", "days", "minimum", "maximum", "unit");
    public static final Refusal PERIOD_TOO_LONG = Refusal.of("application.period.tooLong", "days", "minimum", "maximum", "unit");
    public static final Refusal MOTIVATION_MISSING = Refusal.of("application.motivation.missing");
    /** label: the English label of an OTHER document, empty for the other types. */
    public static final Refusal DOCUMENT_MISSING = Refusal.of("application.document.missing", "documentType", "label");
    public static final Refusal DOCUMENT_NOT_ASKED = Refusal.of("application.document.notAsked", "documentType", "label");
    public static final Refusal DOCUMENT_EMPTY = Refusal.of("application.document.empty");
    public static final Refusal PROFILE_NOT_SAVED = Refusal.of("application.profile.notSaved");
    public static final Refusal PROFILE_INCOMPLETE = Refusal.of("application.profile.missing", "profileField");
    /** cycles: the call's EQF levels, comma-separated; cycle: the profile's. */
    public static final Refusal STUDY_CYCLE = Refusal.of("application.eligibility.studyCycle", "cycles", "cycle");
    public static final Refusal YEAR_OF_STUDY = Refusal.of("application.eligibility.yearOfStudy", "minimum", "year");
    public static final Refusal GRADE_AVERAGE = Refusal.of("application.eligibility.gradeAverage", "minimumGrade", "minimumScale", "grade",
            "gradeScale");
    public static final Refusal STAFF_CATEGORY = Refusal.of("application.eligibility.staffCategory", "categories", "category");
    public static final Refusal LANGUAGE_MISSING = Refusal.of("application.eligibility.languageMissing", "language", "level");
    public static final Refusal LANGUAGE_LEVEL = Refusal.of("application.eligibility.languageLevel", "language", "level", "yourLevel");
    /** A condition of the call that the profile cannot answer yet. */
    public static final Refusal ELIGIBILITY_UNKNOWN = Refusal.of("application.eligibility.unknown", "profileField");
    public static final Refusal INELIGIBLE_WITHOUT_REASON = Refusal.of("application.eligibility.reasonRequired");

    private ApplicationRefusals() {
    }
}
