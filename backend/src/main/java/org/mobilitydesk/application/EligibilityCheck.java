package org.mobilitydesk.application;

import static org.mobilitydesk.application.ApplicationRefusals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.LanguageRequirement;
import org.mobilitydesk.common.FieldError;

/**
 * Whether a profile meets a call's published eligibility conditions. Students: the current study cycle (EQF level) is
 * one of the call's, the year of study at least the minimum, the grade average at least the minimum after both are put
 * on the same scale (average / best grade of its scale); staff: the staff category is one of the call's; everyone: each
 * language at least at the CEFR level asked (A1 &lt; A2 &lt; B1 &lt; B2 &lt; C1 &lt; C2). A condition the profile
 * cannot answer yet is a problem too.
 */
public final class EligibilityCheck {

    /** CEFR levels in order. */
    public enum Cefr {
        A1, A2, B1, B2, C1, C2;

        public static Optional<Cefr> of(String code) {
            for (Cefr level : values()) {
                if (level.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    private EligibilityCheck() {
    }

    public static List<FieldError> problems(Eligibility eligibility, CallMobilityType type, ProfileView profile) {
        List<FieldError> problems = new ArrayList<>();
        if (type.staff()) {
            staff(eligibility, profile, problems);
        } else {
            student(eligibility, profile, problems);
        }
        for (LanguageRequirement required : eligibility.languages()) {
            language(required, profile.languages() == null ? List.of() : profile.languages(), problems);
        }
        return problems;
    }

    /**
     * Whether average of scale is at least minimum of minimumScale, compared exactly as average / scale ≥ minimum /
     * minimumScale (cross-multiplied, no rounding): 80 of 100 meets 4.0 of 5, 3.9 of 5 does not meet 80 of 100.
     */
    public static boolean gradeMeets(BigDecimal average, BigDecimal scale, BigDecimal minimum, BigDecimal minimumScale) {
        return average.multiply(minimumScale).compareTo(minimum.multiply(scale)) >= 0;
    }

    public static boolean levelMeets(String have, String required) {
        Optional<Cefr> h = Cefr.of(have);
        Optional<Cefr> r = Cefr.of(required);
        return h.isPresent() && r.isPresent() && h.get().compareTo(r.get()) >= 0;
    }

    private static void student(Eligibility e, ProfileView p, List<FieldError> problems) {
        if (!e.eqfLevels().isEmpty()) {
            String levels = e.eqfLevels().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            if (p.studyCycle() == null) {
                problems.add(unknown("studyCycle", "study cycle"));
            } else if (!e.eqfLevels().contains(p.studyCycle())) {
                problems.add(STUDY_CYCLE.at("eligibility.studyCycle", "the call is for study cycles (EQF levels) " + levels
                        + "; your profile says " + p.studyCycle(), e.eqfLevels(), p.studyCycle()));
            }
        }
        if (e.minimumYearOfStudy() != null) {
            if (p.yearOfStudy() == null) {
                problems.add(unknown("yearOfStudy", "year of study"));
            } else if (p.yearOfStudy() < e.minimumYearOfStudy()) {
                problems.add(YEAR_OF_STUDY.at("eligibility.yearOfStudy", "the call needs year of study " + e.minimumYearOfStudy()
                        + " or later; your profile says " + p.yearOfStudy(), e.minimumYearOfStudy(), p.yearOfStudy()));
            }
        }
        if (e.minimumGrade() != null) {
            if (p.gradeAverage() == null || p.gradeScale() == null) {
                problems.add(unknown("gradeAverage", "grade average"));
            } else if (!gradeMeets(p.gradeAverage(), p.gradeScale(), e.minimumGrade().value(), e.minimumGrade().scaleMax())) {
                String required = plain(e.minimumGrade().value()) + " of " + plain(e.minimumGrade().scaleMax());
                String actual = plain(p.gradeAverage()) + " of " + plain(p.gradeScale());
                problems.add(GRADE_AVERAGE.at("eligibility.gradeAverage", "the call needs a grade average of at least " + required
                        + "; yours is " + actual, e.minimumGrade().value(), e.minimumGrade().scaleMax(), p.gradeAverage(), p.gradeScale()));
            }
        }
    }

    private static void staff(Eligibility e, ProfileView p, List<FieldError> problems) {
        if (e.staffCategories().isEmpty()) {
            return;
        }
        String categories = e.staffCategories().stream().map(Enum::name).reduce((a, b) -> a + ", " + b).orElse("");
        if (p.staffCategory() == null) {
            problems.add(unknown("staffCategory", "staff category"));
        } else if (!e.staffCategories().contains(p.staffCategory())) {
            problems.add(STAFF_CATEGORY.at("eligibility.staffCategory", "the call is for staff categories " + categories
                    + "; your profile says " + p.staffCategory(), e.staffCategories(), p.staffCategory()));
        }
    }

    private static void language(LanguageRequirement required, List<LanguageLevel> known, List<FieldError> problems) {
        String field = "eligibility.languages." + required.language();
        Optional<LanguageLevel> have = known.stream().filter(l -> Objects.equals(l.language(), required.language())).findFirst();
        if (have.isEmpty()) {
            problems.add(LANGUAGE_MISSING.at(field, "the call needs " + required.language() + " at " + required.cefrLevel()
                    + " or better; your profile does not list it", required.language(), required.cefrLevel()));
        } else if (!levelMeets(have.get().cefrLevel(), required.cefrLevel())) {
            problems.add(LANGUAGE_LEVEL.at(field, "the call needs " + required.language() + " at " + required.cefrLevel()
                    + " or better; your profile says " + have.get().cefrLevel(), required.language(), required.cefrLevel(), have.get().cefrLevel()));
        }
    }

    private static FieldError unknown(String profileField, String what) {
        return ELIGIBILITY_UNKNOWN.at("eligibility." + profileField, "cannot be checked: add your " + what + " to your profile", profileField);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
