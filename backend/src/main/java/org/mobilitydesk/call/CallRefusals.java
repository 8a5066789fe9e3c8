package org.mobilitydesk.call;

import org.mobilitydesk.common.Refusal;

/** The refusals of a call's content, publication and changes ({@link CallRules}, {@link CallService}). */
public final class CallRefusals {

    public static final Refusal TEXT_LANGUAGE = Refusal.of("call.text.language");
    public static final Refusal DEADLINE_BEFORE_OPENING = Refusal.of("call.deadline.beforeOpening", "opensAt");
    public static final Refusal PARTNER_ARCHIVED = Refusal.of("call.places.partnerArchived", "partner", "partnerId");
    /** An override reason is needed: no agreement in force provides for the call's type and year at the partner. */
    public static final Refusal NO_AGREEMENT_IN_FORCE = Refusal.of("call.places.noAgreementInForce", "partner", "partnerId",
            "mobilityType", "academicYear");
    public static final Refusal MORE_THAN_AGREEMENTS = Refusal.of("call.places.moreThanAgreements", "partner", "partnerId", "places",
            "mobilities", "mobilityType", "academicYear");
    public static final Refusal STUDENT_CONDITIONS_FOR_STAFF = Refusal.of("call.eligibility.studentConditions");
    public static final Refusal STAFF_CATEGORIES_FOR_STUDENTS = Refusal.of("call.eligibility.staffCategories");
    public static final Refusal DOCTORAL_ONLY = Refusal.of("call.eligibility.doctoralOnly");
    public static final Refusal DOCUMENT_SIZE = Refusal.of("call.documents.size", "maximumMegabytes");
    public static final Refusal WEIGHTS_NOT_TOTAL = Refusal.of("call.criteria.weightTotal", "expected", "total");
    public static final Refusal CRITERION_LANGUAGE_REQUIRED = Refusal.of("call.criteria.languageRequired");
    public static final Refusal CRITERION_LANGUAGE_ONLY_FOR_LEVEL = Refusal.of("call.criteria.languageOnlyForLevel");
    /** A computed criterion counts the same fact once: one grade average, one fewer-opportunities bonus, one level per language. */
    public static final Refusal CRITERION_TWICE = Refusal.of("call.criteria.twice", "kind", "language");
    public static final Refusal GRADE_CRITERION_FOR_STAFF = Refusal.of("call.criteria.gradeForStaff");
    public static final Refusal PUBLISH_WITHOUT_PLACES = Refusal.of("call.publish.noPlaces");
    public static final Refusal PUBLISH_WITHOUT_CRITERIA = Refusal.of("call.publish.noCriteria");
    public static final Refusal PUBLISH_WITHOUT_DESCRIPTION = Refusal.of("call.publish.noDescription");
    public static final Refusal PUBLISH_AFTER_DEADLINE = Refusal.of("call.publish.deadlinePassed");
    /** Type, direction and academic year stay as published. */
    public static final Refusal FIXED_WHEN_PUBLISHED = Refusal.of("call.published.fixed");
    public static final Refusal CHANGE_REASON_REQUIRED = Refusal.of("call.published.changeReasonRequired");

    private CallRefusals() {
    }
}
