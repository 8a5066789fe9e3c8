package org.mobilitydesk.agreement;

import org.mobilitydesk.common.Refusal;

/** The refusals of an agreement's conditions and actions ({@link ConditionsRules}, {@link Termination}, {@link AgreementService}). */
public final class AgreementRefusals {

    public static final Refusal LAST_YEAR_BEFORE_FIRST = Refusal.of("agreement.years.lastBeforeFirst", "firstAcademicYear");
    public static final Refusal FLOW_OUTSIDE_YEARS = Refusal.of("agreement.flows.outsideYears", "firstAcademicYear", "lastAcademicYear");
    /** Two flows of one type, direction and subject areas in the same years; otherFlow counts from 1. */
    public static final Refusal FLOWS_OVERLAP = Refusal.of("agreement.flows.overlap", "otherFlow");
    public static final Refusal NOT_OF_AGREEMENT = Refusal.of("agreement.flows.notOfAgreement");
    public static final Refusal SAME_INSTITUTION = Refusal.of("agreement.flows.sameInstitution");
    public static final Refusal STUDENT_ONLY = Refusal.of("agreement.flows.studentOnly");
    public static final Refusal STUDENTS_COUNT_MONTHS = Refusal.of("agreement.flows.studentsCountMonths");
    public static final Refusal STAFF_COUNTS_DAYS = Refusal.of("agreement.flows.staffCountsDays");
    public static final Refusal TOTAL_REQUIRED = Refusal.of("agreement.flows.totalRequired", "mobilityType");
    /** The yearly total of months or days lies between mobilities × the type's minimum and × its maximum. */
    public static final Refusal TOTAL_OUT_OF_RANGE = Refusal.of("agreement.flows.totalOutOfRange", "minimum", "maximum", "unit",
            "mobilities", "minimumEach", "maximumEach");
    public static final Refusal LANGUAGE_TWICE = Refusal.of("agreement.languageSkills.twice");
    public static final Refusal TERMINATION_IN_PAST = Refusal.of("agreement.termination.past");
    public static final Refusal TERMINATION_NOTICE = Refusal.of("agreement.termination.notice", "earliestDate");
    public static final Refusal OVERRIDE_REASON_REQUIRED = Refusal.of("agreement.termination.overrideReasonRequired");
    public static final Refusal PARTNER_FIXED = Refusal.of("agreement.partner.fixed");
    public static final Refusal SIGN_WITHOUT_FLOWS = Refusal.of("agreement.sign.noFlows");
    public static final Refusal DECLINE_COMMENT_REQUIRED = Refusal.of("agreement.decline.commentRequired");
    public static final Refusal NO_APPROVED_VERSION = Refusal.of("agreement.diff.noApprovedVersion");
    public static final Refusal PROJECT_WITHOUT_PARTNER = Refusal.of("agreement.projects.partnerMissing", "project");

    private AgreementRefusals() {
    }
}
