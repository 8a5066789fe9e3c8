package org.mobilitydesk.applicant;

import static org.mobilitydesk.applicant.ProfileRefusals.*;
import static org.mobilitydesk.common.CommonRefusals.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.mobilitydesk.common.FieldError;

/** What a profile cannot be, whatever call it is used for later. */
final class ProfileRules {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 100;
    /** E.164: a plus, a country code and at most 15 digits in all; spaces and hyphens between groups are ignored. */
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    /** The reference codes a profile may name. */
    record Codes(Set<String> countries, Set<String> languages, Set<String> cefrLevels) {
    }

    private ProfileRules() {
    }

    static List<FieldError> violations(ProfileInput input, LocalDate today, Codes codes) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate born = input.dateOfBirth();
        if (born != null && (born.isAfter(today.minusYears(MIN_AGE)) || born.isBefore(today.minusYears(MAX_AGE)))) {
            errors.add(AGE.at("dateOfBirth", "must be between " + today.minusYears(MAX_AGE) + " and " + today.minusYears(MIN_AGE)
                    + " (applicants are " + MIN_AGE + " to " + MAX_AGE + " years old)", today.minusYears(MAX_AGE), today.minusYears(MIN_AGE),
                    MIN_AGE, MAX_AGE));
        }
        if (input.citizenship() != null && !codes.countries().contains(input.citizenship())) {
            errors.add(UNKNOWN_COUNTRY.at("citizenship", "is not a known country code (ISO 3166-1 alpha-2, e.g. KG)"));
        }
        if (input.phone() != null && !input.phone().isBlank() && !PHONE.matcher(input.phone().replaceAll("[ -]", "")).matches()) {
            errors.add(PHONE_FORMAT.at("phone", "must be in international form with the country code, e.g. +996 555 123 456"));
        }
        if (input.studyCycle() != null && (input.studyCycle() < 5 || input.studyCycle() > 8)) {
            errors.add(EQF_LEVEL.at("studyCycle", "must be an EQF level from 5 (short cycle) to 8 (doctoral)"));
        }
        if (input.yearOfStudy() != null && (input.yearOfStudy() < 1 || input.yearOfStudy() > 8)) {
            errors.add(BETWEEN.at("yearOfStudy", "must be between 1 and 8", 1, 8));
        }
        grade(input, errors);
        languages(Objects.requireNonNullElse(input.languages(), List.of()), codes, errors);
        return errors;
    }

    private static void grade(ProfileInput input, List<FieldError> errors) {
        if (input.gradeScale() != null && (input.gradeScale().signum() <= 0 || input.gradeScale().compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(POSITIVE_AT_MOST.at("gradeScale", "must be more than 0 and at most 100", 100));
        } else if (input.gradeAverage() != null) {
            if (input.gradeScale() == null) {
                errors.add(GRADE_SCALE_REQUIRED.at("gradeScale", "is needed with a grade average: the best grade of your scale, e.g. 5"));
            } else if (input.gradeAverage().signum() <= 0 || input.gradeAverage().compareTo(input.gradeScale()) > 0) {
                errors.add(GRADE_ABOVE_SCALE.at("gradeAverage", "must be more than 0 and at most the scale's "
                        + input.gradeScale().stripTrailingZeros().toPlainString(), input.gradeScale()));
            }
        }
    }

    private static void languages(List<LanguageLevel> languages, Codes codes, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            LanguageLevel level = languages.get(i);
            if (!codes.languages().contains(level.language())) {
                errors.add(UNKNOWN_LANGUAGE.at("languages[" + i + "].language", "is not a known ISO 639-1 language code"));
            } else if (!seen.add(level.language())) {
                errors.add(DUPLICATE.at("languages[" + i + "].language", "is listed twice"));
            }
            if (!codes.cefrLevels().contains(level.cefrLevel())) {
                errors.add(UNKNOWN_CEFR_LEVEL.at("languages[" + i + "].cefrLevel", "must be a CEFR level from A1 to C2"));
            }
        }
    }
}
