package org.mobilitydesk.selection;

/** What the commission is told about a criterion's score. */
public enum ScoreFlag {
    /** GRADE_AVERAGE: the applicant declared no grade; the criterion scores 0. */
    MISSING_GRADE,
    /** LANGUAGE_LEVEL: the applicant declared no level in the criterion's language; the criterion scores 0. */
    LANGUAGE_NOT_DECLARED,
    /** EVALUATOR: fewer submitted evaluations than the call requires; the application is not ranked. */
    TOO_FEW_EVALUATIONS,
    /** EVALUATOR: the submitted scores differ by more than the call's threshold × the criterion's maximum. */
    DISAGREEMENT
}
