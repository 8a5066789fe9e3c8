package org.mobilitydesk.project;

import static org.mobilitydesk.common.CommonRefusals.DUPLICATE;
import static org.mobilitydesk.project.ProjectRefusals.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mobilitydesk.common.FieldError;

/**
 * The rules a KA171 project's data must follow. A reference such as {@code 2024-1-EE01-KA171-HED-000123456} names
 * the call year, the round, the National Agency (its country code and number) and the project number; the
 * beneficiary is a programme-side institution in the National Agency's country; a project lasts 24 or 36 months.
 */
public final class ProjectRules {

    public static final String REFERENCE_PATTERN = "^[0-9]{4}-[0-9]-[A-Za-z]{2}[0-9]{2}-[Kk][Aa]171-[Hh][Ee][Dd]-[0-9]{9}$";
    public static final Set<Integer> DURATIONS_IN_MONTHS = Set.of(24, 36);

    private static final Pattern REFERENCE = Pattern.compile("^(\\d{4})-\\d-([A-Z]{2})\\d{2}-KA171-HED-\\d{9}$");

    public record Budget(int region, BudgetLine line) {
    }

    /** What the rules look at; the beneficiary's country side is programme when it is EU or associated. */
    public record Draft(String reference, int callYear, UUID beneficiaryId, String beneficiaryCountry, boolean beneficiaryOnProgrammeSide,
            UUID homeInstitutionId, List<UUID> partnerIds, LocalDate startDate, LocalDate endDate, List<Budget> budget) {
    }

    private ProjectRules() {
    }

    /** The reference as stored: trimmed, upper case. */
    public static String canonicalReference(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    /** The months a project from start to end lasts, when it is a whole number of months (the end being the day before). */
    public static Integer months(LocalDate start, LocalDate end) {
        for (int months : DURATIONS_IN_MONTHS) {
            if (start.plusMonths(months).minusDays(1).equals(end)) {
                return months;
            }
        }
        return null;
    }

    public static List<FieldError> problems(Draft d) {
        List<FieldError> problems = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(canonicalReference(d.reference()));
        if (reference.matches()) {
            if (Integer.parseInt(reference.group(1)) != d.callYear()) {
                problems.add(REFERENCE_YEAR.at("reference", "starts with " + reference.group(1) + ", not the call year " + d.callYear(),
                        reference.group(1), d.callYear()));
            }
            String agencyCountry = "EL".equals(reference.group(2)) ? "GR" : reference.group(2);
            if (!agencyCountry.equals(d.beneficiaryCountry())) {
                problems.add(REFERENCE_AGENCY.at("reference", "names a National Agency in " + reference.group(2)
                        + " but the beneficiary is in " + d.beneficiaryCountry(), agencyCountry, d.beneficiaryCountry()));
            }
        }
        if (!d.beneficiaryOnProgrammeSide()) {
            problems.add(BENEFICIARY_NOT_PROGRAMME.at("beneficiaryInstitutionId", "must be an institution in an EU member state or an associated country"));
        }
        if (months(d.startDate(), d.endDate()) == null) {
            LocalDate twoYears = d.startDate().plusMonths(24).minusDays(1);
            LocalDate threeYears = d.startDate().plusMonths(36).minusDays(1);
            problems.add(DURATION.at("endDate", "must be 24 or 36 months after the start, less a day: " + twoYears + " or " + threeYears,
                    twoYears, threeYears));
        }
        if (d.startDate().getYear() < d.callYear() || d.startDate().getYear() > d.callYear() + 1) {
            problems.add(START_YEAR.at("startDate", "must be in the call year " + d.callYear() + " or the year after", d.callYear()));
        }
        Set<UUID> partners = new HashSet<>();
        for (int i = 0; i < d.partnerIds().size(); i++) {
            UUID partner = d.partnerIds().get(i);
            if (partner.equals(d.beneficiaryId())) {
                problems.add(PARTNER_IS_BENEFICIARY.at("partnerInstitutionIds[" + i + "]", "is the beneficiary; list only the partners"));
            } else if (!partners.add(partner)) {
                problems.add(DUPLICATE.at("partnerInstitutionIds[" + i + "]", "is listed twice"));
            }
        }
        if (!d.homeInstitutionId().equals(d.beneficiaryId()) && !partners.contains(d.homeInstitutionId())) {
            problems.add(HOME_NOT_INCLUDED.at("partnerInstitutionIds", "must include the home institution, or the home institution must be the beneficiary"));
        }
        Set<Budget> lines = new HashSet<>();
        for (int i = 0; i < d.budget().size(); i++) {
            Budget line = d.budget().get(i);
            if (!lines.add(line)) {
                problems.add(BUDGET_LINE_TWICE.at("budget[" + i + "]", "region " + line.region() + " " + line.line() + " is given twice",
                        line.region(), line.line()));
            }
        }
        return problems;
    }
}
