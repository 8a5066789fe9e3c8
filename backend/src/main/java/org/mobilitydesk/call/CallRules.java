package org.mobilitydesk.call;

import static org.mobilitydesk.call.CallRefusals.*;
import static org.mobilitydesk.common.CommonRefusals.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.LanguageRequirement;
import org.mobilitydesk.call.CallParts.MinimumGrade;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.selection.CriterionKind;


/**
 * The rules of a call's content (issue 4, DOMAIN-KA171 §2 and §8). Required fields are present (the API checks the
 * shape); these rules report every violation at once, each at its JSON path. A draft may be incomplete; publishing
 * (and changing a published call) also needs {@link #publishViolations}.
 */
public final class CallRules {

    /** The languages the IRO writes call texts in. */
    public static final Set<String> TEXT_LANGUAGES = Set.of("en", "ru", "ky", "kk");
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_PLACES = 1000;
    public static final int MAX_PREFERENCES = 3;
    public static final int WEIGHT_TOTAL = 100;
    public static final int MAX_SCORE = 1000;
    public static final int MAX_CRITERION_DESCRIPTION_LENGTH = 1000;
    private static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);
    public static final int MAX_YEAR_OF_STUDY = 10;
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    private static final BigDecimal MAX_GRADE_SCALE = new BigDecimal(1000);
    private static final int MIN_EQF_OF_HIGHER_EDUCATION = 5;
    private static final int DOCTORAL_EQF = 8;

    /**
     * What is known of the partner of a place: whether it is a partner institution at all, its name, whether it is active, and
     * the mobilities per year that the agreements in force give the call's type and academic year, sent by the home
     * institution (null when no such agreement exists).
     */
    public record PartnerFacts(boolean known, String name, boolean active, Integer agreementMobilities) {
        public static final PartnerFacts UNKNOWN = new PartnerFacts(false, null, false, null);
    }

    /** The reference codes a call may use. */
    public record Codes(Set<String> academicYears, Set<Integer> eqfLevels, Set<String> cefrLevels, Set<String> languages) {
    }

    private CallRules() {
    }

    public static List<FieldError> violations(CallContent call, Map<UUID, PartnerFacts> partners, boolean projectKnown, Codes codes) {
        List<FieldError> found = new ArrayList<>();
        requiredEnglish(found, "title", call.title());
        texts(found, "title", call.title(), MAX_TITLE_LENGTH);
        texts(found, "description", call.description(), MAX_DESCRIPTION_LENGTH);
        if (!codes.academicYears().contains(call.academicYear())) {
            found.add(UNKNOWN_ACADEMIC_YEAR.at("academicYear", "is not a known academic year such as 2026/2027"));
        }
        if (call.projectId() != null && !projectKnown) {
            found.add(UNKNOWN_PROJECT.at("projectId", "is not a known KA171 project"));
        }
        places(found, call, partners);
        eligibility(found, call.mobilityType(), call.eligibility(), codes);
        documents(found, call.documents());
        criteria(found, call.criteria());
        computedCriteria(found, call.mobilityType(), call.criteria(), codes);
        ranking(found, call.ranking());
        if (call.maxPreferences() < 1 || call.maxPreferences() > MAX_PREFERENCES) {
            found.add(BETWEEN.at("maxPreferences", "must be between 1 and " + MAX_PREFERENCES, 1, MAX_PREFERENCES));
        }
        if (!call.deadline().isAfter(call.opensAt())) {
            found.add(DEADLINE_BEFORE_OPENING.at("deadline", "must be after the opening " + call.opensAt(), call.opensAt()));
        }
        return found;
    }

    /** What a call needs before applicants see it: partners with places, criteria, an English description, a deadline to come. */
    public static List<FieldError> publishViolations(CallContent call, Instant now) {
        List<FieldError> found = new ArrayList<>();
        if (call.places().isEmpty()) {
            found.add(PUBLISH_WITHOUT_PLACES.at("places", "must offer places at one partner at least before the call is published"));
        }
        if (call.criteria().isEmpty()) {
            found.add(PUBLISH_WITHOUT_CRITERIA.at("criteria", "must be published with the call: give the selection criteria"));
        }
        if (blank(call.description().get("en"))) {
            found.add(PUBLISH_WITHOUT_DESCRIPTION.at("description.en", "is required before the call is published"));
        }
        if (!call.deadline().isAfter(now)) {
            found.add(PUBLISH_AFTER_DEADLINE.at("deadline", "must be in the future when the call is published or changed"));
        }
        return found;
    }

    /** Applicants choose a call for its type, direction and year: those stay as published. */
    public static List<FieldError> amendmentViolations(CallContent published, CallContent changed) {
        List<FieldError> found = new ArrayList<>();
        if (published.mobilityType() != changed.mobilityType()) {
            found.add(FIXED_WHEN_PUBLISHED.at("mobilityType", "cannot change once the call is published"));
        }
        if (published.direction() != changed.direction()) {
            found.add(FIXED_WHEN_PUBLISHED.at("direction", "cannot change once the call is published"));
        }
        if (!published.academicYear().equals(changed.academicYear())) {
            found.add(FIXED_WHEN_PUBLISHED.at("academicYear", "cannot change once the call is published"));
        }
        return found;
    }

    private static void texts(List<FieldError> found, String field, Map<String, String> texts, int maxLength) {
        texts.forEach((language, text) -> {
            if (!TEXT_LANGUAGES.contains(language)) {
                found.add(TEXT_LANGUAGE.at(field + "." + language, "is not a language of call texts: use en, ru, ky or kk"));
            } else if (text != null && text.length() > maxLength) {
                found.add(TOO_LONG.at(field + "." + language, "must be at most " + maxLength + " characters", maxLength));
            }
        });
    }

    private static void requiredEnglish(List<FieldError> found, String field, Map<String, String> texts) {
        if (texts == null || blank(texts.get("en"))) {
            found.add(REQUIRED.at(field + ".en", "is required"));
        }
    }

    private static void places(List<FieldError> found, CallContent call, Map<UUID, PartnerFacts> partners) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < call.places().size(); i++) {
            Place place = call.places().get(i);
            String field = "places[" + i + "].";
            PartnerFacts partner = partners.getOrDefault(place.partnerInstitutionId(), PartnerFacts.UNKNOWN);
            if (!partner.known()) {
                found.add(UNKNOWN_PARTNER.at(field + "partnerInstitutionId", "is not a known partner institution"));
            } else if (!partner.active()) {
                found.add(PARTNER_ARCHIVED.at(field + "partnerInstitutionId", "is archived: offer places at active partner institutions only",
                        partner.name(), place.partnerInstitutionId()));
            } else if (!seen.add(place.partnerInstitutionId())) {
                found.add(DUPLICATE.at(field + "partnerInstitutionId", "appears more than once"));
            }
            if (place.places() < 1 || place.places() > MAX_PLACES) {
                found.add(BETWEEN.at(field + "places", "must be between 1 and " + MAX_PLACES, 1, MAX_PLACES));
            } else if (partner.active() && blank(place.overrideReason())) {
                agreementCapacity(found, field, place, partner, call);
            }
        }
    }

    private static void agreementCapacity(List<FieldError> found, String field, Place place, PartnerFacts partner, CallContent call) {
        String what = call.mobilityType().name().toLowerCase().replace('_', ' ') + " from the home institution in " + call.academicYear();
        Integer mobilities = partner.agreementMobilities();
        if (mobilities == null) {
            found.add(NO_AGREEMENT_IN_FORCE.at(field + "overrideReason", "is required: no agreement in force with this partner provides for "
                    + what + "; say why places are offered anyway", partner.name(), place.partnerInstitutionId(), call.mobilityType(),
                    call.academicYear()));
        } else if (place.places() > mobilities) {
            found.add(MORE_THAN_AGREEMENTS.at(field + "overrideReason", "is required: " + place.places() + " places exceed the " + mobilities
                    + " mobilities per year that the agreements in force provide for " + what + "; say why more are offered",
                    partner.name(), place.partnerInstitutionId(), place.places(), mobilities, call.mobilityType(), call.academicYear()));
        }
    }

    private static void eligibility(List<FieldError> found, CallMobilityType type, Eligibility rules, Codes codes) {
        String field = "eligibility.";
        if (type.staff()) {
            if (!rules.eqfLevels().isEmpty() || rules.minimumYearOfStudy() != null || rules.minimumGrade() != null) {
                found.add(STUDENT_CONDITIONS_FOR_STAFF.at(field + "eqfLevels", "study cycle, year of study and grade average apply to student calls only"));
            }
        } else {
            if (!rules.staffCategories().isEmpty()) {
                found.add(STAFF_CATEGORIES_FOR_STUDENTS.at(field + "staffCategories", "apply to staff calls only"));
            }
            eqfLevels(found, type, rules.eqfLevels(), codes);
            if (rules.minimumYearOfStudy() != null && (rules.minimumYearOfStudy() < 1 || rules.minimumYearOfStudy() > MAX_YEAR_OF_STUDY)) {
                found.add(BETWEEN.at(field + "minimumYearOfStudy", "must be between 1 and " + MAX_YEAR_OF_STUDY, 1, MAX_YEAR_OF_STUDY));
            }
            grade(found, rules.minimumGrade());
        }
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < rules.languages().size(); i++) {
            LanguageRequirement language = rules.languages().get(i);
            String at = field + "languages[" + i + "].";
            if (!codes.languages().contains(language.language())) {
                found.add(UNKNOWN_LANGUAGE.at(at + "language", "is not a known ISO 639-1 language code"));
            } else if (!languages.add(language.language())) {
                found.add(DUPLICATE.at(at + "language", "appears more than once"));
            }
            if (!codes.cefrLevels().contains(language.cefrLevel())) {
                found.add(UNKNOWN_CEFR_LEVEL.at(at + "cefrLevel", "is not a CEFR level A1 to C2"));
            }
        }
        if (new HashSet<>(rules.staffCategories()).size() < rules.staffCategories().size()) {
            found.add(DUPLICATE.at(field + "staffCategories", "name a category more than once"));
        }
    }

    private static void eqfLevels(List<FieldError> found, CallMobilityType type, List<Integer> levels, Codes codes) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            Integer level = levels.get(i);
            String at = "eligibility.eqfLevels[" + i + "]";
            if (!codes.eqfLevels().contains(level) || level < MIN_EQF_OF_HIGHER_EDUCATION) {
                found.add(EQF_LEVEL.at(at, "must be an EQF level of higher education, 5 to 8"));
            } else if (type == CallMobilityType.SHORT_TERM_DOCTORAL && level != DOCTORAL_EQF) {
                found.add(DOCTORAL_ONLY.at(at, "must be 8: short-term doctoral mobility is for doctoral candidates"));
            } else if (!seen.add(level)) {
                found.add(DUPLICATE.at(at, "appears more than once"));
            }
        }
    }

    private static void grade(List<FieldError> found, MinimumGrade grade) {
        if (grade == null) {
            return;
        }
        if (grade.scaleMax().signum() <= 0 || grade.scaleMax().compareTo(MAX_GRADE_SCALE) > 0) {
            found.add(POSITIVE_AT_MOST.at("eligibility.minimumGrade.scaleMax", "must be more than 0 and at most " + MAX_GRADE_SCALE, MAX_GRADE_SCALE));
        } else if (grade.value().signum() <= 0 || grade.value().compareTo(grade.scaleMax()) > 0) {
            found.add(GRADE_ABOVE_SCALE.at("eligibility.minimumGrade.value", "must be more than 0 and at most the scale's best grade " + grade.scaleMax(),
                    grade.scaleMax()));
        }
    }

    private static void documents(List<FieldError> found, List<RequiredDocument> documents) {
        Set<DocumentType> types = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument document = documents.get(i);
            String at = "documents[" + i + "].";
            if (document.type() == DocumentType.OTHER) {
                requiredEnglish(found, at + "label", document.label());
            } else if (!types.add(document.type())) {
                found.add(DUPLICATE.at(at + "type", "appears more than once"));
            }
            if (document.label() != null) {
                texts(found, at + "label", document.label(), MAX_TITLE_LENGTH);
            }
            if (new HashSet<>(document.formats()).size() < document.formats().size()) {
                found.add(DUPLICATE.at(at + "formats", "name a format more than once"));
            }
            if (document.maxSizeBytes() < 1 || document.maxSizeBytes() > MAX_DOCUMENT_BYTES) {
                found.add(DOCUMENT_SIZE.at(at + "maxSizeBytes", "must be between 1 and " + MAX_DOCUMENT_BYTES + " bytes (20 MiB)",
                        MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
        }
    }

    private static void criteria(List<FieldError> found, List<Criterion> criteria) {
        int total = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String at = "criteria[" + i + "].";
            requiredEnglish(found, at + "name", criterion.name());
            texts(found, at + "name", criterion.name(), MAX_TITLE_LENGTH);
            texts(found, at + "description", criterion.description(), MAX_CRITERION_DESCRIPTION_LENGTH);
            if (criterion.weight() < 1 || criterion.weight() > WEIGHT_TOTAL) {
                found.add(BETWEEN.at(at + "weight", "must be between 1 and " + WEIGHT_TOTAL, 1, WEIGHT_TOTAL));
            }
            if (criterion.maxScore() < 1 || criterion.maxScore() > MAX_SCORE) {
                found.add(BETWEEN.at(at + "maxScore", "must be between 1 and " + MAX_SCORE, 1, MAX_SCORE));
            }
            total += criterion.weight();
        }
        if (!criteria.isEmpty() && total != WEIGHT_TOTAL) {
            found.add(WEIGHTS_NOT_TOTAL.at("criteria", "weights must add up to " + WEIGHT_TOTAL + ", not " + total, WEIGHT_TOTAL, total));
        }
    }

    /** What a criterion computed from the profile needs: a language for a level, a student call for grades, each fact once. */
    private static void computedCriteria(List<FieldError> found, CallMobilityType type, List<Criterion> criteria, Codes codes) {
        Set<String> counted = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String at = "criteria[" + i + "].";
            boolean level = criterion.kind() == CriterionKind.LANGUAGE_LEVEL;
            if (level && blank(criterion.language())) {
                found.add(CRITERION_LANGUAGE_REQUIRED.at(at + "language", "is required: the language whose CEFR level counts"));
            } else if (level && !codes.languages().contains(criterion.language())) {
                found.add(UNKNOWN_LANGUAGE.at(at + "language", "is not a known ISO 639-1 language code"));
            } else if (!level && criterion.language() != null) {
                found.add(CRITERION_LANGUAGE_ONLY_FOR_LEVEL.at(at + "language", "is only for a LANGUAGE_LEVEL criterion"));
            }
            if (criterion.kind() == CriterionKind.GRADE_AVERAGE && type != null && type.staff()) {
                found.add(GRADE_CRITERION_FOR_STAFF.at(at + "kind", "is for students: staff have no grade average"));
            }
            String language = level ? Objects.requireNonNullElse(criterion.language(), "") : "";
            if (criterion.kind().computed() && !counted.add(criterion.kind() + ":" + language)) {
                found.add(CRITERION_TWICE.at(at + "kind", "counts a fact another criterion counts already", criterion.kind(), language));
            }
        }
    }

    private static void ranking(List<FieldError> found, RankingRules ranking) {
        BigDecimal minimum = ranking.minimumTotal();
        if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(MAX_TOTAL) > 0)) {
            found.add(BETWEEN.at("ranking.minimumTotal", "must be between 0 and 100", 0, 100));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
