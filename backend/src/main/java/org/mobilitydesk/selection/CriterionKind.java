package org.mobilitydesk.selection;

/** Who gives a criterion its score: the evaluators, or the applicant's submitted profile snapshot. */
public enum CriterionKind {
    /** Scored 0..max by each evaluator; the application's score is the mean of the submitted evaluations. */
    EVALUATOR,
    /** max × gradeAverage / gradeScale; a missing grade scores 0 and is flagged. */
    GRADE_AVERAGE,
    /** The CEFR level of the criterion's language, A1..C2 as 1/6..6/6 of max; a language not declared scores 0. */
    LANGUAGE_LEVEL,
    /** max when the applicant has fewer opportunities, else 0. */
    FEWER_OPPORTUNITIES;

    public boolean computed() {
        return this != EVALUATOR;
    }
}
