package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.LanguageRequirement;
import org.mobilitydesk.call.CallParts.MinimumGrade;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallRules.PartnerFacts;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.Refusals;
import org.mobilitydesk.common.Refusals.Case;

class CallRulesTest {

    private static final UUID TARTU = UUID.randomUUID();
    private static final UUID MILAN = UUID.randomUUID();
    private static final UUID GRAZ = UUID.randomUUID();
    private static final Instant OPENS = Instant.parse("2027-01-15T03:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-03-31T17:59:59Z");
    private static final CallRules.Codes CODES = new CallRules.Codes(Set.of("2026/2027", "2027/2028"), Set.of(1, 2, 3, 4, 5, 6, 7, 8),
            Set.of("A1", "A2", "B1", "B2", "C1", "C2"), Set.of("en", "ru", "ky", "kk", "et", "it"));
    /** Tartu: agreement for 2 a year; Milan: active, no agreement; Graz: archived. */
    private static final Map<UUID, PartnerFacts> PARTNERS = Map.of(TARTU, new PartnerFacts(true, "Tartu", true, 2),
            MILAN, new PartnerFacts(true, "Milan", true, null), GRAZ, new PartnerFacts(true, "Graz", false, 3));

    private static CallContent call(UnaryOperator<Builder> change) {
        return change.apply(new Builder()).build();
    }

    /** A complete student call with places at Tartu; each test changes one part. */
    private static final class Builder {
        Map<String, String> title = Map.of("en", "Study exchange", "ru", "Обмен");
        Map<String, String> description = Map.of("en", "One semester abroad");
        CallMobilityType type = CallMobilityType.STUDENT_STUDIES;
        String year = "2026/2027";
        UUID project;
        List<Place> places = List.of(new Place(TARTU, 2, null));
        Eligibility eligibility = new Eligibility(List.of(6, 7), 2, new MinimumGrade(new BigDecimal("4.00"), new BigDecimal("5.00")),
                List.of(new LanguageRequirement("en", "B2")), List.of());
        List<RequiredDocument> documents = List.of(document(DocumentType.CV, 5_000_000L));
        List<Criterion> criteria = List.of(criterion(60), criterion(40));
        int preferences = 2;
        Instant opens = OPENS;
        Instant deadline = DEADLINE;

        CallContent build() {
            return new CallContent(title, description, type, CallDirection.OUTGOING, year, project, places, eligibility, documents, criteria,
                    null, preferences, opens, deadline);
        }
    }

    private static RequiredDocument document(DocumentType type, long bytes) {
        return new RequiredDocument(type, Map.of(), true, List.of(DocumentFormat.PDF), bytes);
    }

    private static Criterion criterion(int weight) {
        return new Criterion(Map.of("en", "Criterion " + weight), weight, 10, null, null, null);
    }

    private static List<FieldError> violations(CallContent call) {
        return violations(call, true);
    }

    private static List<FieldError> violations(CallContent call, boolean projectKnown) {
        return CallRules.violations(call, PARTNERS, projectKnown, CODES);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteCallBreaksNoRule() {
        assertThat(violations(call(b -> b))).isEmpty();
        assertThat(CallRules.publishViolations(call(b -> b), OPENS)).isEmpty();
    }

    @ParameterizedTest(name = "weights {0} and {1}: {2}")
    @CsvSource({ "60, 40, true", "60, 39, false", "60, 41, false", "99, 1, true", "100, 0, false" })
    void weightsAddUpToExactlyOneHundred(int first, int second, boolean allowed) {
        List<FieldError> errors = violations(call(b -> {
            b.criteria = List.of(criterion(first), criterion(second));
            return b;
        }));
        assertThat(errors.isEmpty()).isEqualTo(allowed);
    }

    @Test
    void weightsThatMissOneHundredAreNamedWithTheirTotal() {
        List<FieldError> errors = violations(call(b -> {
            b.criteria = List.of(criterion(59), criterion(40));
            return b;
        }));
        assertThat(errors).extracting(FieldError::field, FieldError::message, FieldError::args)
                .containsExactly(tuple("criteria", "weights must add up to 100, not 99", Map.of("expected", "100", "total", "99")));
    }

    @Test
    void aCriterionNeedsAnEnglishNameAndAScoreInRange() {
        List<FieldError> errors = violations(call(b -> {
            b.criteria = List.of(new Criterion(Map.of("ru", "Мотивация"), 100, 0, null, null, null),
                    new Criterion(Map.of("en", "x", "de", "y"), 0, 1001, null, null, null));
            return b;
        }));
        assertThat(fields(errors)).containsExactly("criteria[0].name.en", "criteria[0].maxScore", "criteria[1].name.de",
                "criteria[1].weight", "criteria[1].maxScore");
    }

    @Test
    void aDraftMayHaveNoCriteriaButPublishingNeedsThem() {
        CallContent call = call(b -> {
            b.criteria = List.of();
            return b;
        });
        assertThat(violations(call)).isEmpty();
        assertThat(fields(CallRules.publishViolations(call, OPENS))).containsExactly("criteria");
    }

    @ParameterizedTest(name = "{0} bytes: {1}")
    @CsvSource({ "0, false", "1, true", "20971520, true", "20971521, false", "-5, false" })
    void documentsAreAtMostTwentyMebibytes(long bytes, boolean allowed) {
        List<FieldError> errors = violations(call(b -> {
            b.documents = List.of(document(DocumentType.TRANSCRIPT_OF_RECORDS, bytes));
            return b;
        }));
        assertThat(fields(errors)).isEqualTo(allowed ? List.of() : List.of("documents[0].maxSizeBytes"));
    }

    @Test
    void documentTypesAppearOnceExceptOtherWhichNeedsAnEnglishLabel() {
        List<FieldError> errors = violations(call(b -> {
            b.documents = List.of(document(DocumentType.CV, 1), document(DocumentType.CV, 1), document(DocumentType.OTHER, 1),
                    new RequiredDocument(DocumentType.OTHER, Map.of("en", "Medical certificate"), false,
                            List.of(DocumentFormat.PDF, DocumentFormat.PDF), 1L));
            return b;
        }));
        assertThat(fields(errors)).containsExactly("documents[1].type", "documents[2].label.en", "documents[3].formats");
    }

    @ParameterizedTest(name = "{0} places at Tartu (agreement: 2 a year), reason {1}: refused at {2}")
    @CsvSource({ "1, , ", "2, , ", "3, , places[0].overrideReason", "3, Tartu agreed to a third student by e-mail, ",
            "0, , places[0].places", "1001, reason, places[0].places" })
    void placesBeyondTheAgreementNeedAReason(int places, String reason, String refusedAt) {
        List<FieldError> errors = violations(call(b -> {
            b.places = List.of(new Place(TARTU, places, reason));
            return b;
        }));
        assertThat(fields(errors)).isEqualTo(refusedAt == null ? List.of() : List.of(refusedAt));
    }

    @Test
    void placesWithoutAnAgreementNeedAReason() {
        List<FieldError> refused = violations(call(b -> {
            b.places = List.of(new Place(MILAN, 1, null));
            return b;
        }));
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("places[0].overrideReason");
            assertThat(e.message()).startsWith("is required: no agreement in force with this partner provides for student studies");
        });
        assertThat(violations(call(b -> {
            b.places = List.of(new Place(MILAN, 1, "The new agreement awaits Milan's approval"));
            return b;
        }))).isEmpty();
    }

    @Test
    void placesGoToKnownActivePartnersOnceEach() {
        UUID unknown = UUID.randomUUID();
        List<FieldError> errors = violations(call(b -> {
            b.places = List.of(new Place(TARTU, 1, null), new Place(unknown, 1, "x"), new Place(GRAZ, 1, "x"), new Place(TARTU, 1, null));
            return b;
        }));
        assertThat(errors).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("places[1].partnerInstitutionId", "is not a known partner institution"),
                tuple("places[2].partnerInstitutionId", "is archived: offer places at active partner institutions only"),
                tuple("places[3].partnerInstitutionId", "appears more than once"));
    }

    @Test
    void eligibilityUsesKnownCodes() {
        List<FieldError> errors = violations(call(b -> {
            b.eligibility = new Eligibility(List.of(4, 9, 6, 6), 0, new MinimumGrade(new BigDecimal("6.00"), new BigDecimal("5.00")),
                    List.of(new LanguageRequirement("xx", "B2"), new LanguageRequirement("en", "B3"), new LanguageRequirement("en", "C1")),
                    List.of());
            return b;
        }));
        assertThat(fields(errors)).containsExactly("eligibility.eqfLevels[0]", "eligibility.eqfLevels[1]", "eligibility.eqfLevels[3]",
                "eligibility.minimumYearOfStudy", "eligibility.minimumGrade.value", "eligibility.languages[0].language",
                "eligibility.languages[1].cefrLevel", "eligibility.languages[2].language");
    }

    @Test
    void aGradeScaleIsPositiveAndAtMostOneThousand() {
        List<FieldError> errors = violations(call(b -> {
            b.eligibility = new Eligibility(List.of(), null, new MinimumGrade(new BigDecimal("80.00"), new BigDecimal("0.00")), List.of(), List.of());
            return b;
        }));
        assertThat(fields(errors)).containsExactly("eligibility.minimumGrade.scaleMax");
        assertThat(violations(call(b -> {
            b.eligibility = new Eligibility(List.of(), null, new MinimumGrade(new BigDecimal("80.00"), new BigDecimal("100.00")), List.of(), List.of());
            return b;
        }))).isEmpty();
    }

    @Test
    void studentAndStaffConditionsBelongToTheirCalls() {
        List<FieldError> staff = violations(call(b -> {
            b.type = CallMobilityType.STAFF_TEACHING;
            return b;
        }));
        assertThat(fields(staff)).contains("eligibility.eqfLevels");
        List<FieldError> student = violations(call(b -> {
            b.eligibility = new Eligibility(List.of(), null, null, List.of(), List.of(StaffCategory.ACADEMIC));
            return b;
        }));
        assertThat(fields(student)).containsExactly("eligibility.staffCategories");
        List<FieldError> doctoral = violations(call(b -> {
            b.type = CallMobilityType.SHORT_TERM_DOCTORAL;
            return b;
        }));
        assertThat(fields(doctoral)).containsExactly("eligibility.eqfLevels[0]", "eligibility.eqfLevels[1]");
    }

    @ParameterizedTest(name = "{0} preferences: {1}")
    @CsvSource({ "0, false", "1, true", "3, true", "4, false" })
    void applicantsRankOneToThreePartners(int preferences, boolean allowed) {
        assertThat(violations(call(b -> {
            b.preferences = preferences;
            return b;
        })).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void textsAreInTheFourLanguagesWithEnglishRequired() {
        List<FieldError> errors = violations(call(b -> {
            b.title = Map.of("ru", "Обмен", "de", "Austausch");
            b.description = Map.of("en", "x".repeat(CallRules.MAX_DESCRIPTION_LENGTH + 1));
            return b;
        }));
        assertThat(fields(errors)).containsExactlyInAnyOrder("title.en", "title.de", "description.en");
    }

    @Test
    void theDeadlineComesAfterTheOpeningAndThePublication() {
        assertThat(fields(violations(call(b -> {
            b.deadline = OPENS;
            return b;
        })))).containsExactly("deadline");
        assertThat(fields(CallRules.publishViolations(call(b -> b), DEADLINE))).containsExactly("deadline");
        assertThat(CallRules.publishViolations(call(b -> b), DEADLINE.minusSeconds(1))).isEmpty();
    }

    @Test
    void unknownYearsAndProjectsAreRefused() {
        assertThat(fields(violations(call(b -> {
            b.year = "2099/2100";
            b.project = UUID.randomUUID();
            return b;
        }), false))).containsExactly("academicYear", "projectId");
    }

    @Test
    void publishingNeedsPlacesAndAnEnglishDescription() {
        CallContent bare = call(b -> {
            b.places = List.of();
            b.description = Map.of("ru", "Описание");
            return b;
        });
        assertThat(fields(CallRules.publishViolations(bare, OPENS))).containsExactly("places", "description.en");
    }

    @Test
    void aPublishedCallKeepsItsTypeDirectionAndYear() {
        CallContent published = call(b -> b);
        assertThat(CallRules.amendmentViolations(published, call(b -> {
            b.deadline = DEADLINE.plusSeconds(86_400);
            b.places = new ArrayList<>(List.of(new Place(TARTU, 1, null)));
            return b;
        }))).isEmpty();
        assertThat(fields(CallRules.amendmentViolations(published, call(b -> {
            b.type = CallMobilityType.STUDENT_TRAINEESHIP;
            b.year = "2027/2028";
            return b;
        })))).containsExactly("mobilityType", "academicYear");
    }

    @Test
    void aChangeNamesThePartsThatDiffer() {
        CallContent before = call(b -> b);
        CallContent after = call(b -> {
            b.deadline = DEADLINE.plusSeconds(60);
            b.criteria = List.of(criterion(50), criterion(50));
            return b;
        });
        assertThat(after.changedSince(before)).containsExactly("criteria", "deadline");
        assertThat(call(b -> b).changedSince(before)).isEmpty();
    }

    private static Case broken(String name, UnaryOperator<Builder> change, String field, org.mobilitydesk.common.Refusal refusal) {
        return Refusals.refused(name, () -> violations(call(change)), field, refusal);
    }

    private static Eligibility languages(LanguageRequirement language) {
        return new Eligibility(List.of(), null, null, List.of(language), List.of());
    }

    /** One broken call per refusal of the rules; changeReason's is the service's (CallApiTest). */
    static Stream<Case> refusals() {
        return Stream.of(
                broken("a text in German", b -> { b.title = Map.of("en", "T", "de", "X"); return b; }, "title.de", CallRefusals.TEXT_LANGUAGE),
                broken("a long title", b -> { b.title = Map.of("en", "x".repeat(201)); return b; }, "title.en", CommonRefusals.TOO_LONG),
                broken("no English title", b -> { b.title = Map.of("ru", "x"); return b; }, "title.en", CommonRefusals.REQUIRED),
                broken("an unknown year", b -> { b.year = "1999/2000"; return b; }, "academicYear", CommonRefusals.UNKNOWN_ACADEMIC_YEAR),
                Refusals.refused("an unknown project", () -> violations(call(b -> { b.project = UUID.randomUUID(); return b; }), false),
                        "projectId", CommonRefusals.UNKNOWN_PROJECT),
                broken("an unknown partner", b -> { b.places = List.of(new Place(UUID.randomUUID(), 1, null)); return b; },
                        "places[0].partnerInstitutionId", CommonRefusals.UNKNOWN_PARTNER),
                broken("an archived partner", b -> { b.places = List.of(new Place(GRAZ, 1, null)); return b; },
                        "places[0].partnerInstitutionId", CallRefusals.PARTNER_ARCHIVED),
                broken("a partner twice", b -> { b.places = List.of(new Place(TARTU, 1, null), new Place(TARTU, 1, null)); return b; },
                        "places[1].partnerInstitutionId", CommonRefusals.DUPLICATE),
                broken("no places", b -> { b.places = List.of(new Place(TARTU, 0, null)); return b; }, "places[0].places", CommonRefusals.BETWEEN),
                broken("no agreement", b -> { b.places = List.of(new Place(MILAN, 1, null)); return b; }, "places[0].overrideReason",
                        CallRefusals.NO_AGREEMENT_IN_FORCE),
                broken("more than agreed", b -> { b.places = List.of(new Place(TARTU, 3, null)); return b; }, "places[0].overrideReason",
                        CallRefusals.MORE_THAN_AGREEMENTS),
                broken("staff with a study cycle", b -> { b.type = CallMobilityType.STAFF_TEACHING; return b; }, "eligibility.eqfLevels",
                        CallRefusals.STUDENT_CONDITIONS_FOR_STAFF),
                broken("students with staff categories", b -> {
                    b.eligibility = new Eligibility(List.of(), null, null, List.of(), List.of(StaffCategory.ACADEMIC));
                    return b;
                }, "eligibility.staffCategories", CallRefusals.STAFF_CATEGORIES_FOR_STUDENTS),
                broken("a doctoral call for masters", b -> { b.type = CallMobilityType.SHORT_TERM_DOCTORAL; return b; },
                        "eligibility.eqfLevels[0]", CallRefusals.DOCTORAL_ONLY),
                broken("EQF level 4", b -> { b.eligibility = new Eligibility(List.of(4), null, null, List.of(), List.of()); return b; },
                        "eligibility.eqfLevels[0]", CommonRefusals.EQF_LEVEL),
                broken("a huge grade scale", b -> {
                    b.eligibility = new Eligibility(List.of(), null, new MinimumGrade(BigDecimal.ONE, new BigDecimal(2000)), List.of(), List.of());
                    return b;
                }, "eligibility.minimumGrade.scaleMax", CommonRefusals.POSITIVE_AT_MOST),
                broken("a grade above the scale", b -> {
                    b.eligibility = new Eligibility(List.of(), null, new MinimumGrade(BigDecimal.TEN, BigDecimal.ONE), List.of(), List.of());
                    return b;
                }, "eligibility.minimumGrade.value", CommonRefusals.GRADE_ABOVE_SCALE),
                broken("an unknown language", b -> { b.eligibility = languages(new LanguageRequirement("xx", "B2")); return b; },
                        "eligibility.languages[0].language", CommonRefusals.UNKNOWN_LANGUAGE),
                broken("an unknown level", b -> { b.eligibility = languages(new LanguageRequirement("en", "D1")); return b; },
                        "eligibility.languages[0].cefrLevel", CommonRefusals.UNKNOWN_CEFR_LEVEL),
                broken("an empty document", b -> { b.documents = List.of(document(DocumentType.CV, 0)); return b; },
                        "documents[0].maxSizeBytes", CallRefusals.DOCUMENT_SIZE),
                broken("weights of 90", b -> { b.criteria = List.of(criterion(60), criterion(30)); return b; }, "criteria",
                        CallRefusals.WEIGHTS_NOT_TOTAL),
                broken("a deadline at the opening", b -> { b.deadline = OPENS; return b; }, "deadline", CallRefusals.DEADLINE_BEFORE_OPENING),
                Refusals.refused("published without places", () -> CallRules.publishViolations(call(b -> { b.places = List.of(); return b; }),
                        OPENS), "places", CallRefusals.PUBLISH_WITHOUT_PLACES),
                Refusals.refused("published without criteria", () -> CallRules.publishViolations(call(b -> { b.criteria = List.of(); return b; }),
                        OPENS), "criteria", CallRefusals.PUBLISH_WITHOUT_CRITERIA),
                Refusals.refused("published without description", () -> CallRules.publishViolations(call(b -> {
                    b.description = Map.of();
                    return b;
                }), OPENS), "description.en", CallRefusals.PUBLISH_WITHOUT_DESCRIPTION),
                Refusals.refused("published after the deadline", () -> CallRules.publishViolations(call(b -> b), DEADLINE), "deadline",
                        CallRefusals.PUBLISH_AFTER_DEADLINE),
                Refusals.refused("another year once published", () -> CallRules.amendmentViolations(call(b -> b), call(b -> {
                    b.year = "2027/2028";
                    return b;
                })), "academicYear", CallRefusals.FIXED_WHEN_PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalCarriesItsCodeAndArguments(Case refusal) {
        refusal.check();
    }

    @Test
    void theTableCoversEveryRefusalOfTheCallRules() {
        assertThat(Refusals.covered(Stream.concat(refusals(), CallRankingRulesTest.refusals()))).containsAll(Refusals.declaredIn(CallRefusals.class).stream()
                .filter(r -> r != CallRefusals.CHANGE_REASON_REQUIRED).toList());
    }
}
