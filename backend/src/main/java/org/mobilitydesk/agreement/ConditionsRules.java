package org.mobilitydesk.agreement;

import static org.mobilitydesk.agreement.AgreementRefusals.*;
import static org.mobilitydesk.common.CommonRefusals.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusal;

/**
 * The rules of cooperation conditions (DOMAIN-KA171 §2, §7). Required fields are present (the API checks the shape);
 * these rules check what a well-formed request can still get wrong, and report every violation at once.
 *
 * <p>Caps against absurd numbers: at most {@value #MAX_MOBILITIES_PER_YEAR} mobilities per flow and year; the yearly
 * total of months (students) or days (staff) lies between mobilities × the type's minimum and mobilities × its maximum
 * duration, so at most 12 000 months or 60 000 days.
 */
public final class ConditionsRules {

    public static final int MAX_MOBILITIES_PER_YEAR = 1000;
    public static final int MAX_CLARIFICATION_LENGTH = 200;
    private static final int MIN_EQF_OF_HIGHER_EDUCATION = 5;

    private ConditionsRules() {
    }

    /** Every rule the conditions break, for an agreement between the home and the partner institution. */
    public static List<FieldError> violations(Conditions conditions, UUID home, UUID partner, KnownCodes codes) {
        List<FieldError> found = new ArrayList<>();
        boolean yearsKnown = knownYear(found, "firstAcademicYear", conditions.firstAcademicYear(), codes)
                & knownYear(found, "lastAcademicYear", conditions.lastAcademicYear(), codes);
        boolean yearsValid = yearsKnown && ordered(found, "lastAcademicYear", conditions.firstAcademicYear(), conditions.lastAcademicYear());
        for (int i = 0; i < conditions.flows().size(); i++) {
            new FlowCheck(conditions, i, found, yearsValid).check(home, partner, codes);
        }
        overlaps(conditions.flows(), found);
        return found;
    }

    private static boolean knownYear(List<FieldError> found, String field, String year, KnownCodes codes) {
        if (codes.academicYears().contains(year)) {
            return true;
        }
        found.add(UNKNOWN_ACADEMIC_YEAR.at(field, "is not a known academic year such as 2024/2025"));
        return false;
    }

    private static boolean ordered(List<FieldError> found, String field, String first, String last) {
        if (first.compareTo(last) <= 0) {
            return true;
        }
        found.add(LAST_YEAR_BEFORE_FIRST.at(field, "must not be before the first academic year " + first, first));
        return false;
    }

    /** Two flows of one type and direction with the same subject areas must not cover the same academic year. */
    private static void overlaps(List<Flow> flows, List<FieldError> found) {
        for (int i = 0; i < flows.size(); i++) {
            for (int j = 0; j < i; j++) {
                Flow a = flows.get(j);
                Flow b = flows.get(i);
                if (a.mobilityType() == b.mobilityType() && a.sendingInstitutionId().equals(b.sendingInstitutionId())
                        && a.receivingInstitutionId().equals(b.receivingInstitutionId())
                        && subjectCodes(a).equals(subjectCodes(b))
                        && a.firstAcademicYear().compareTo(b.lastAcademicYear()) <= 0
                        && b.firstAcademicYear().compareTo(a.lastAcademicYear()) <= 0) {
                    found.add(FLOWS_OVERLAP.at("flows[" + i + "]", "overlaps flows[" + j
                            + "]: same type, direction and subject areas in the same academic years; merge them into one flow", j + 1));
                }
            }
        }
    }

    private static Set<String> subjectCodes(Flow flow) {
        Set<String> codes = new HashSet<>();
        flow.subjectAreas().forEach(s -> codes.add(s.iscedCode()));
        return codes;
    }

    private static final class FlowCheck {
        private final Conditions conditions;
        private final Flow flow;
        private final String prefix;
        private final List<FieldError> found;
        private final boolean agreementYearsValid;

        FlowCheck(Conditions conditions, int index, List<FieldError> found, boolean agreementYearsValid) {
            this.conditions = conditions;
            this.flow = conditions.flows().get(index);
            this.prefix = "flows[" + index + "].";
            this.found = found;
            this.agreementYearsValid = agreementYearsValid;
        }

        void check(UUID home, UUID partner, KnownCodes codes) {
            institutions(home, partner);
            years(codes);
            numbers();
            subjectAreas(codes);
            eqfLevels(codes);
            languageSkills(codes);
            if (!flow.mobilityType().student() && flow.blendedAllowed()) {
                add("blendedAllowed", STUDENT_ONLY, "applies to student mobility only");
            }
        }

        private void add(String field, Refusal refusal, String message, Object... args) {
            found.add(refusal.at(prefix + field, message, args));
        }

        private void institutions(UUID home, UUID partner) {
            Set<UUID> partners = Set.of(home, partner);
            if (!partners.contains(flow.sendingInstitutionId())) {
                add("sendingInstitutionId", NOT_OF_AGREEMENT, "must be one of the two institutions of the agreement");
            }
            if (!partners.contains(flow.receivingInstitutionId())) {
                add("receivingInstitutionId", NOT_OF_AGREEMENT, "must be one of the two institutions of the agreement");
            } else if (flow.receivingInstitutionId().equals(flow.sendingInstitutionId())) {
                add("receivingInstitutionId", SAME_INSTITUTION, "must differ from the sending institution");
            }
        }

        private void years(KnownCodes codes) {
            boolean known = knownYear(found, prefix + "firstAcademicYear", flow.firstAcademicYear(), codes)
                    & knownYear(found, prefix + "lastAcademicYear", flow.lastAcademicYear(), codes);
            if (!known || !ordered(found, prefix + "lastAcademicYear", flow.firstAcademicYear(), flow.lastAcademicYear())
                    || !agreementYearsValid) {
                return;
            }
            String range = "must lie within the agreement's academic years " + conditions.firstAcademicYear() + " to "
                    + conditions.lastAcademicYear();
            if (flow.firstAcademicYear().compareTo(conditions.firstAcademicYear()) < 0) {
                add("firstAcademicYear", FLOW_OUTSIDE_YEARS, range, conditions.firstAcademicYear(), conditions.lastAcademicYear());
            }
            if (flow.lastAcademicYear().compareTo(conditions.lastAcademicYear()) > 0) {
                add("lastAcademicYear", FLOW_OUTSIDE_YEARS, range, conditions.firstAcademicYear(), conditions.lastAcademicYear());
            }
        }

        private void numbers() {
            int mobilities = flow.mobilitiesPerYear();
            if (mobilities < 1 || mobilities > MAX_MOBILITIES_PER_YEAR) {
                add("mobilitiesPerYear", BETWEEN, "must be between 1 and " + MAX_MOBILITIES_PER_YEAR, 1, MAX_MOBILITIES_PER_YEAR);
            }
            AgreementMobilityType type = flow.mobilityType();
            String totalField = type.student() ? "totalMonthsPerYear" : "totalDaysPerYear";
            Integer total = type.student() ? flow.totalMonthsPerYear() : flow.totalDaysPerYear();
            Integer other = type.student() ? flow.totalDaysPerYear() : flow.totalMonthsPerYear();
            String unit = type.student() ? "months" : "days";
            if (other != null) {
                add(type.student() ? "totalDaysPerYear" : "totalMonthsPerYear", type.student() ? STUDENTS_COUNT_MONTHS : STAFF_COUNTS_DAYS,
                        "must be empty: " + (type.student() ? "student mobility counts months" : "staff mobility counts days"));
            }
            if (total == null) {
                add(totalField, TOTAL_REQUIRED, "is required for " + type.name().toLowerCase().replace('_', ' '), type);
            } else if (mobilities >= 1 && mobilities <= MAX_MOBILITIES_PER_YEAR) {
                long min = (long) mobilities * type.minimumPerMobility();
                long max = (long) mobilities * type.maximumPerMobility();
                if (total < min || total > max) {
                    add(totalField, TOTAL_OUT_OF_RANGE, "must be between " + min + " and " + max + " " + unit + " for " + mobilities
                            + " mobilities (" + type.minimumPerMobility() + " to " + type.maximumPerMobility() + " " + unit
                            + " each)", min, max, type.student() ? "MONTHS" : "DAYS", mobilities, type.minimumPerMobility(),
                            type.maximumPerMobility());
                }
            }
        }

        private void subjectAreas(KnownCodes codes) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < flow.subjectAreas().size(); i++) {
                SubjectArea area = flow.subjectAreas().get(i);
                String field = "subjectAreas[" + i + "].";
                if (!codes.iscedCodes().contains(area.iscedCode())) {
                    add(field + "iscedCode", UNKNOWN_ISCED, "is not a known ISCED-F 2013 code");
                } else if (!seen.add(area.iscedCode())) {
                    add(field + "iscedCode", DUPLICATE, "appears more than once");
                }
                if (area.clarification() != null && area.clarification().length() > MAX_CLARIFICATION_LENGTH) {
                    add(field + "clarification", TOO_LONG, "must be at most " + MAX_CLARIFICATION_LENGTH + " characters", MAX_CLARIFICATION_LENGTH);
                }
            }
        }

        private void eqfLevels(KnownCodes codes) {
            if (!flow.mobilityType().student()) {
                if (!flow.eqfLevels().isEmpty()) {
                    add("eqfLevels", STUDENT_ONLY, "apply to student mobility only");
                }
                return;
            }
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < flow.eqfLevels().size(); i++) {
                Integer level = flow.eqfLevels().get(i);
                if (!codes.eqfLevels().contains(level) || level < MIN_EQF_OF_HIGHER_EDUCATION) {
                    add("eqfLevels[" + i + "]", EQF_LEVEL, "must be an EQF level of higher education, 5 to 8");
                } else if (!seen.add(level)) {
                    add("eqfLevels[" + i + "]", DUPLICATE, "appears more than once");
                }
            }
        }

        private void languageSkills(KnownCodes codes) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < flow.languageSkills().size(); i++) {
                LanguageSkill skill = flow.languageSkills().get(i);
                String field = "languageSkills[" + i + "].";
                boolean valid = true;
                if (!codes.languages().contains(skill.language())) {
                    add(field + "language", UNKNOWN_LANGUAGE, "is not a known ISO 639-1 language code");
                    valid = false;
                }
                if (!codes.cefrLevels().contains(skill.cefrLevel())) {
                    add(field + "cefrLevel", UNKNOWN_CEFR_LEVEL, "is not a CEFR level A1 to C2");
                    valid = false;
                }
                if (skill.iscedCode() != null && !codes.iscedCodes().contains(skill.iscedCode())) {
                    add(field + "iscedCode", UNKNOWN_ISCED, "is not a known ISCED-F 2013 code");
                    valid = false;
                }
                if (valid && !seen.add(skill.language() + "/" + skill.iscedCode())) {
                    add(field + "language", LANGUAGE_TWICE, "appears more than once for the same subject area");
                }
            }
        }
    }
}
