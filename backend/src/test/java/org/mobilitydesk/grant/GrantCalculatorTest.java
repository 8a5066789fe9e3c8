package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mobilitydesk.grant.GrantLine.Kind.FEWER_OPPORTUNITIES_TOP_UP;
import static org.mobilitydesk.grant.GrantLine.Kind.INCLUSION_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.INDIVIDUAL_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.ORGANISATIONAL_SUPPORT;
import static org.mobilitydesk.grant.GrantLine.Kind.TRAVEL;
import static org.mobilitydesk.grant.Grants.BISHKEK;
import static org.mobilitydesk.grant.Grants.GRAZ;
import static org.mobilitydesk.grant.Grants.KAZAKHSTAN;
import static org.mobilitydesk.grant.Grants.KOKSHETAU;
import static org.mobilitydesk.grant.Grants.KYRGYZSTAN;
import static org.mobilitydesk.grant.Grants.MILAN;
import static org.mobilitydesk.grant.Grants.NOT_ELIGIBLE;
import static org.mobilitydesk.grant.Grants.SWITZERLAND;
import static org.mobilitydesk.grant.Grants.TARTU;
import static org.mobilitydesk.grant.Grants.austria;
import static org.mobilitydesk.grant.Grants.estonia;
import static org.mobilitydesk.grant.Grants.grazToBishkek;
import static org.mobilitydesk.grant.Grants.italy;
import static org.mobilitydesk.grant.Grants.kokshetauToTartu;
import static org.mobilitydesk.grant.RateTableFixtures.callYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.grant.GrantLine.Kind;
import org.mobilitydesk.grant.GrantLine.Part;
import org.mobilitydesk.grant.GrantLine.Unit;

class GrantCalculatorTest {

    private final GrantCalculator calculator = new GrantCalculator(RateTableFixtures.ALL);

    private GrantResult calculate(Grants.Builder request) {
        return calculator.calculate(request.build());
    }

    private static GrantResult calculate(RateTable table, Grants.Builder request) {
        return new GrantCalculator(year -> Optional.of(table)).calculate(request.build());
    }

    private static GrantLine line(GrantResult result, Kind kind) {
        return result.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " line"));
    }

    private static BigDecimal amount(GrantResult result, Kind kind) {
        return line(result, kind).amount();
    }

    private static List<GrantText> warnings(GrantResult result) {
        return result.warnings().stream().map(Explanation::text).toList();
    }

    @Nested
    class WorkedExamples {

        @Test
        void studentFromKokshetauToTartuGets4645() {
            GrantResult result = calculate(kokshetauToTartu());

            assertThat(result.callYear()).isEqualTo(2024);
            assertThat(result.rateTableVersion()).isEqualTo(1);
            assertThat(result.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_2);
            assertThat(result.duration()).isEqualTo(new MobilityDuration(150, MobilityDuration.Counting.THIRTY_DAY_MONTHS));
            assertThat(result.distanceKm()).isEqualByComparingTo("2675.77");
            GrantLine support = line(result, INDIVIDUAL_SUPPORT);
            assertThat(support.parts()).containsExactly(new Part(5, Unit.MONTH, new BigDecimal("850")));
            assertThat(support.amount()).isEqualByComparingTo("4250.00");
            assertThat(support.explanation().english())
                    .isEqualTo("150 days counted in 30-day months, 0 travel days included: 5 months and 0 days at €850 a month (partner country to receiving group 2)");
            GrantLine travel = line(result, TRAVEL);
            assertThat(travel.amount()).isEqualByComparingTo("395.00");
            assertThat(travel.explanation().english()).isEqualTo("2675.77 km, band 2000–2999 km: €395 for the journey there and back");
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("4645.00"));
        }

        @Test
        void theSameStudentTravellingGreenGets4785() {
            GrantResult result = calculate(kokshetauToTartu().green(true));
            assertThat(amount(result, TRAVEL)).isEqualByComparingTo("535.00");
            assertThat(line(result, TRAVEL).explanation().text()).isEqualTo(GrantText.TRAVEL_GREEN);
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("4785.00"));
        }

        @Test
        void theStudentExampleWarnsOfTheProbableRateAndTheUnknownOrganisationalSupport() {
            GrantResult result = calculate(kokshetauToTartu());
            assertThat(warnings(result)).containsExactly(GrantText.LOW_CONFIDENCE, GrantText.VALUE_UNKNOWN);
            assertThat(result.warnings().get(0).args()).containsEntry("rate", RateKey.of(RateItem.LONG_TERM_STUDENT_MONTH, Flow.PARTNER_TO_GROUP_2));
            assertThat(result.warnings().get(1).args()).containsEntry("rate", RateKey.of(RateItem.ORGANISATIONAL_SUPPORT))
                    .containsEntry("line", ORGANISATIONAL_SUPPORT);
            GrantLine organisational = line(result, ORGANISATIONAL_SUPPORT);
            assertThat(organisational.computed()).isFalse();
            assertThat(organisational.explanation().text()).isEqualTo(GrantText.NOT_COMPUTED);
            assertThat(result.institutionTotal()).isEmpty();
            assertThat(result.lines()).anyMatch(line -> !line.computed());
        }

        @Test
        void teacherFromGrazToBishkekGets2898() {
            GrantResult result = calculate(grazToBishkek());

            assertThat(result.flow()).isEqualTo(Flow.PROGRAMME_TO_PARTNER);
            assertThat(result.duration()).isEqualTo(new MobilityDuration(7, MobilityDuration.Counting.CALENDAR_DAYS));
            assertThat(result.travelDays()).isEqualTo(2);
            GrantLine support = line(result, INDIVIDUAL_SUPPORT);
            assertThat(support.parts()).containsExactly(new Part(9, Unit.DAY, new BigDecimal("190")));
            assertThat(support.amount()).isEqualByComparingTo("1710.00");
            assertThat(support.explanation().english()).isEqualTo("9 days, 2 travel days included, at €190 a day (programme country to partner country)");
            assertThat(result.distanceKm()).isEqualByComparingTo("4568.32");
            assertThat(amount(result, TRAVEL)).isEqualByComparingTo("1188.00");
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("2898.00"));
            assertThat(warnings(result)).containsExactly(GrantText.VALUE_UNKNOWN);
        }

        @Test
        void theStudentExampleUnderCall2022UsesGroup3ForEstonia() {
            GrantResult result = calculate(kokshetauToTartu().callYear(2022).to(estonia(2022), TARTU));
            assertThat(result.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_3);
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("4000.00");
            assertThat(amount(result, TRAVEL)).isEqualByComparingTo("360.00");
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("4360.00"));
        }
    }

    @Nested
    class Flows {

        @Test
        void fromTheProgrammeSideStudentsGet700AMonth() {
            GrantResult result = calculate(kokshetauToTartu().from(austria(2024), GRAZ).to(KYRGYZSTAN, BISHKEK));
            assertThat(result.flow()).isEqualTo(Flow.PROGRAMME_TO_PARTNER);
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("3500.00");
            assertThat(warnings(result)).doesNotContain(GrantText.LOW_CONFIDENCE);
        }

        @Test
        void fromAPartnerCountryTheReceivingGroupDecides() {
            GrantResult toMilan = calculate(kokshetauToTartu().from(KYRGYZSTAN, BISHKEK).to(italy(2024), MILAN));
            assertThat(toMilan.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_1);
            assertThat(amount(toMilan, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("4500.00");
            GrantResult toMilan2023 = calculate(kokshetauToTartu().callYear(2023).from(KYRGYZSTAN, BISHKEK).to(italy(2023), MILAN));
            assertThat(toMilan2023.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_2);
            assertThat(amount(toMilan2023, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("4250.00");
        }

        @Test
        void staffFromAPartnerCountryGetTheRateOfTheReceivingGroup() {
            GrantResult toGraz2022 = calculate(grazToBishkek().callYear(2022).from(KYRGYZSTAN, BISHKEK).to(austria(2022), GRAZ).travelDays(0));
            assertThat(toGraz2022.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_2);
            assertThat(amount(toGraz2022, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1120.00");
            GrantResult toTartu2023 = calculate(grazToBishkek().callYear(2023).from(KYRGYZSTAN, BISHKEK).to(estonia(2023), TARTU).travelDays(0));
            assertThat(amount(toTartu2023, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("980.00");
        }

        @Test
        void theProgrammeToPartnerStaffRateDiffersFromThePartnerToProgrammeOne() {
            // Graz → Bishkek pays the 2024 programme-to-partner rate, Bishkek → Graz needs the unknown group-1 rate
            assertThat(amount(calculate(grazToBishkek()), INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1710.00");
            GrantResult back = calculate(grazToBishkek().from(KYRGYZSTAN, BISHKEK).to(austria(2024), GRAZ));
            assertThat(back.flow()).isEqualTo(Flow.PARTNER_TO_GROUP_1);
            assertThat(line(back, INDIVIDUAL_SUPPORT).computed()).isFalse();
            assertThat(amount(back, TRAVEL)).isEqualByComparingTo("1188.00");
        }

        @Test
        void aStaffRateThatIsUnknownLeavesTheLineAndTheTotalUncomputed() {
            GrantResult result = calculate(grazToBishkek().callYear(2025));
            GrantLine support = line(result, INDIVIDUAL_SUPPORT);
            assertThat(support.computed()).isFalse();
            assertThat(support.parts()).isEmpty();
            assertThat(support.explanation().english())
                    .isEqualTo("not computed yet: the international office has not set individual support for staff per day (PROGRAMME_TO_PARTNER) for call year 2025");
            assertThat(result.participantTotal()).isEmpty();
            assertThat(amount(result, TRAVEL)).isEqualByComparingTo("1188.00");
            assertThat(result.warnings()).filteredOn(w -> w.text() == GrantText.VALUE_UNKNOWN)
                    .extracting(w -> w.args().get("rate"), w -> w.args().get("line"))
                    .contains(org.assertj.core.groups.Tuple.tuple(RateKey.of(RateItem.STAFF_DAY, Flow.PROGRAMME_TO_PARTNER), INDIVIDUAL_SUPPORT));
        }

        @Test
        void theLongTermStudentRateFromTheProgrammeSideCoversRegions1To12Only() {
            GrantResult student = calculate(kokshetauToTartu().from(austria(2024), GRAZ).to(SWITZERLAND, new Coordinates(47.3769, 8.5417)));
            GrantLine support = line(student, INDIVIDUAL_SUPPORT);
            assertThat(support.computed()).isFalse();
            assertThat(support.explanation().text()).isEqualTo(GrantText.STUDENT_RATE_NOT_FOR_REGION);
            assertThat(warnings(student)).contains(GrantText.STUDENT_RATE_NOT_FOR_REGION);
            assertThat(student.participantTotal()).isEmpty();

            GrantResult teacher = calculate(grazToBishkek().to(SWITZERLAND, new Coordinates(47.3769, 8.5417)));
            assertThat(amount(teacher, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1710.00");
        }

        @Test
        void aPartnerCountryWithoutRegionInTheCallYearIsNotFunded() {
            GrantCountry unclassified = Grants.partner("KG", null);
            GrantResult staff = calculate(grazToBishkek().to(unclassified, BISHKEK));
            assertThat(warnings(staff)).contains(GrantText.REGION_NOT_FUNDED);
            assertThat(line(staff, INDIVIDUAL_SUPPORT).computed()).isTrue();

            GrantResult student = calculate(kokshetauToTartu().from(austria(2024), GRAZ).to(unclassified, BISHKEK));
            assertThat(line(student, INDIVIDUAL_SUPPORT).explanation().text()).isEqualTo(GrantText.REGION_NOT_FUNDED);
            assertThat(student.participantTotal()).isEmpty();
        }
    }

    @Nested
    class DayRates {

        @ParameterizedTest(name = "{0} days of teaching + 2 travel days: €{1}")
        @CsvSource({ "5, 1330.00", "12, 2660.00", "13, 2793.00", "20, 3724.00", "58, 8778.00" })
        void staffArePaid70PercentFromDay15(int activityDays, String amount) {
            // 14 × 190 = 2660; every day from the 15th: 190 × 70 % = 133
            GrantResult result = calculate(grazToBishkek().days(activityDays));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo(amount);
        }

        @Test
        void theStaffStepShowsInThePartsAndWarnsOfTheProbablePercentage() {
            GrantResult day14 = calculate(grazToBishkek().days(12));
            assertThat(line(day14, INDIVIDUAL_SUPPORT).parts()).containsExactly(new Part(14, Unit.DAY, new BigDecimal("190")));
            assertThat(warnings(day14)).doesNotContain(GrantText.LOW_CONFIDENCE);

            GrantResult day15 = calculate(grazToBishkek().days(13));
            GrantLine support = line(day15, INDIVIDUAL_SUPPORT);
            assertThat(support.parts()).hasSize(2);
            assertThat(support.parts().get(0)).isEqualTo(new Part(14, Unit.DAY, new BigDecimal("190")));
            assertThat(support.parts().get(1).quantity()).isEqualTo(1);
            assertThat(support.parts().get(1).rate()).isEqualByComparingTo("133");
            assertThat(support.explanation().english()).isEqualTo(
                    "15 days, 2 travel days included: 14 days at €190 (programme country to partner country) and 1 days from day 15 at 70 %, €133 a day");
            assertThat(day15.warnings()).filteredOn(w -> w.text() == GrantText.LOW_CONFIDENCE)
                    .extracting(w -> w.args().get("rate")).containsExactly(RateKey.of(RateItem.STAFF_PERCENT_FROM_DAY_15));
        }

        @ParameterizedTest(name = "{0} days + {1} travel days: €{2}")
        @CsvSource({ "5, 0, 395.00", "14, 0, 1106.00", "15, 0, 1162.00", "13, 2, 1162.00", "30, 0, 2002.00", "30, 2, 2114.00" })
        void shortTermStudentsGetALowerRateFromDay15(int activityDays, int travelDays, String amount) {
            // 79 a day for days 1–14, 56 from day 15 (2024)
            GrantResult result = calculate(kokshetauToTartu().type(MobilityType.SHORT_TERM_BLENDED).days(activityDays).travelDays(travelDays));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo(amount);
        }

        @Test
        void doctoralShortTermMobilityPaysLikeBlendedAndTheShortTermRatesDoNotDependOnTheFlow() {
            GrantResult doctoral = calculate(kokshetauToTartu().type(MobilityType.SHORT_TERM_DOCTORAL).days(20));
            GrantResult outgoing = calculate(kokshetauToTartu().type(MobilityType.SHORT_TERM_BLENDED).days(20).from(austria(2024), GRAZ)
                    .to(KYRGYZSTAN, BISHKEK));
            assertThat(amount(doctoral, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1442.00").isEqualByComparingTo(amount(outgoing, INDIVIDUAL_SUPPORT));
            assertThat(line(doctoral, INDIVIDUAL_SUPPORT).explanation().english())
                    .isEqualTo("20 days, 0 travel days included: 14 days at €79 and 6 days from day 15 at €56");
        }

        @Test
        void call2022ShortTermRatesAreTheOlderOnes() {
            GrantResult result = calculate(kokshetauToTartu().callYear(2022).to(estonia(2022), TARTU).type(MobilityType.SHORT_TERM_BLENDED).days(16));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1080.00");
        }
    }

    @Nested
    class Rounding {

        @Test
        void remainingDaysOfALongTermMobilityEarnAThirtiethOfTheMonthlyRate() {
            // 160 days = 5 months + 10 days: 4250 + 10 × 850 / 30 = 4533.333…
            GrantResult result = calculate(kokshetauToTartu().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 10)));
            GrantLine support = line(result, INDIVIDUAL_SUPPORT);
            assertThat(support.parts()).containsExactly(new Part(5, Unit.MONTH, new BigDecimal("850")), new Part(10, Unit.MONTH_DAY, new BigDecimal("850")));
            assertThat(support.amount()).isEqualByComparingTo("4533.33").hasScaleOf(2);
        }

        @Test
        void theDayRateOfAMonthIsNotRoundedBeforeTheLineEnds() {
            // 152 days: 4250 + 2 × 28.333… = 4306.666… → 4306.67; rounding the day rate first would give 4306.66
            GrantResult result = calculate(kokshetauToTartu().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 2)));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("4306.67");
        }

        @Test
        void theReducedStaffRateIsNotRoundedBeforeTheLineEnds() {
            // 14 × 100.05 + 3 × 70.035 = 1610.805 → 1610.81; rounding 70.035 to 70.04 first would give 1610.82
            RateTable table = RateTableFixtures.with(callYear(2024), RateTableFixtures.confirmed(RateKey.of(RateItem.STAFF_DAY, Flow.PROGRAMME_TO_PARTNER), "100.05"));
            GrantResult result = calculate(table, grazToBishkek().days(15));
            assertThat(line(result, INDIVIDUAL_SUPPORT).parts().get(1).rate()).isEqualByComparingTo("70.035");
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1610.81");
            assertThat(result.rateTableVersion()).isEqualTo(2);
        }

        @Test
        void eachLineIsRoundedAndTheTotalAddsTheRoundedLines() {
            // 160 days: support 4533.333… → 4533.33, top-up 5 × 250 + 10 × 250 / 30 = 1333.333… → 1333.33, travel 395
            GrantResult result = calculate(kokshetauToTartu().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 10)).fewerOpportunities(true));
            assertThat(amount(result, FEWER_OPPORTUNITIES_TOP_UP)).isEqualByComparingTo("1333.33");
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("6261.66"));
        }

        @Test
        void halfACentRoundsUp() {
            // 1 day at 0.15 a month = 0.005 → 0.01
            RateTable table = RateTableFixtures.with(callYear(2024),
                    RateTableFixtures.confirmed(RateKey.of(RateItem.LONG_TERM_STUDENT_MONTH, Flow.PARTNER_TO_GROUP_2), "0.15"));
            GrantResult result = calculate(table, kokshetauToTartu().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1)));
            assertThat(line(result, INDIVIDUAL_SUPPORT).parts()).containsExactly(new Part(2, Unit.MONTH, new BigDecimal("0.15")),
                    new Part(1, Unit.MONTH_DAY, new BigDecimal("0.15")));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("0.31");
        }
    }

    @Nested
    class Travel {

        @ParameterizedTest(name = "{0} km: €{1}")
        @CsvSource({ "9.99, 0.00", "10, 28.00", "99.99, 28.00", "100, 211.00", "499.9, 211.00", "500, 309.00", "1999.99, 309.00", "2000, 395.00",
                "3000, 580.00", "7999.9, 1188.00", "8000, 1735.00" })
        void bandsIncludeTheirLowerBound(String km, String amount) {
            GrantResult result = calculate(kokshetauToTartu().distance(km, "Commission distance calculator"));
            assertThat(amount(result, TRAVEL)).isEqualByComparingTo(amount);
            assertThat(result.distanceKm()).as("the computed distance is kept beside the override").isEqualByComparingTo("2675.77");
            assertThat(result.distanceOverride().km()).isEqualByComparingTo(km);
        }

        @Test
        void underTenKilometresThereIsNoTravelSupport() {
            GrantResult result = calculate(kokshetauToTartu().to(estonia(2024), new Coordinates(53.3, 69.4)));
            assertThat(result.distanceKm()).isLessThan(BigDecimal.TEN);
            GrantLine travel = line(result, TRAVEL);
            assertThat(travel.computed()).isTrue();
            assertThat(travel.amount()).isEqualByComparingTo("0").hasScaleOf(2);
            assertThat(travel.parts()).isEmpty();
            assertThat(travel.explanation().text()).isEqualTo(GrantText.TRAVEL_BELOW_MINIMUM);
            assertThat(travel.explanation().args()).containsEntry("minimumKm", 10);
        }

        @ParameterizedTest(name = "{0} km, green travel: €{1}")
        @CsvSource({ "50, 56.00", "150, 285.00", "600, 417.00", "2500, 535.00", "3500, 785.00" })
        void greenTravelHasItsOwnRatesUpTo3999Km(String km, String amount) {
            assertThat(amount(calculate(kokshetauToTartu().green(true).distance(km, "test")), TRAVEL)).isEqualByComparingTo(amount);
        }

        @Test
        void greenTravelBeyondTheGreenBandsGetsTheStandardRateAndSaysSo() {
            GrantResult result = calculate(grazToBishkek().green(true));
            GrantLine travel = line(result, TRAVEL);
            assertThat(travel.amount()).isEqualByComparingTo("1188.00");
            assertThat(travel.explanation().text()).isEqualTo(GrantText.TRAVEL_GREEN_NOT_IN_BAND);
            GrantResult short2022 = calculate(kokshetauToTartu().callYear(2022).to(estonia(2022), TARTU).green(true).distance("50", "test"));
            assertThat(amount(short2022, TRAVEL)).as("no green rate for 10–99 km before 2024").isEqualByComparingTo("23.00");
        }

        @Test
        void call2022HasTheOlderTravelRates() {
            assertThat(amount(calculate(grazToBishkek().callYear(2022).to(KYRGYZSTAN, BISHKEK)), TRAVEL)).isEqualByComparingTo("820.00");
        }

        @Test
        void greenTravelAllowsUpTo6TravelDays() {
            GrantResult result = calculate(grazToBishkek().green(true).travelDays(6));
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("2470.00");
        }

        @Test
        void travelDaysOfLongTermStudentsAreNotKnownSoTheLineIsNotComputed() {
            GrantResult result = calculate(kokshetauToTartu().travelDays(2));
            assertThat(line(result, INDIVIDUAL_SUPPORT).computed()).isFalse();
            assertThat(result.warnings()).filteredOn(w -> w.text() == GrantText.VALUE_UNKNOWN).extracting(w -> w.args().get("rate"))
                    .contains(RateKey.of(RateItem.LONG_TERM_TRAVEL_DAYS, TravelMode.STANDARD));
        }

        @Test
        void whenATableAllowsLongTermTravelDaysTheyAreDaysOfAThirtyDayMonth() {
            RateTable table = RateTableFixtures.with(callYear(2024),
                    RateTableFixtures.confirmed(RateKey.of(RateItem.LONG_TERM_TRAVEL_DAYS, TravelMode.STANDARD), "2"));
            GrantResult result = calculate(table, kokshetauToTartu().travelDays(2));
            // 152 days: 4250 + 2 × 850 / 30
            assertThat(amount(result, INDIVIDUAL_SUPPORT)).isEqualByComparingTo("4306.67");
        }
    }

    @Nested
    class TopUpsAndOrganisationalSupport {

        @Test
        void longTermStudentsWithFewerOpportunitiesGet250AMonth() {
            GrantResult result = calculate(kokshetauToTartu().fewerOpportunities(true));
            GrantLine topUp = line(result, FEWER_OPPORTUNITIES_TOP_UP);
            assertThat(topUp.amount()).isEqualByComparingTo("1250.00");
            assertThat(topUp.explanation().english()).isEqualTo("fewer opportunities: 5 months and 0 days of the mobility at €250 a month");
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("5895.00"));
            assertThat(result.warnings()).filteredOn(w -> w.text() == GrantText.LOW_CONFIDENCE).extracting(w -> w.args().get("rate"))
                    .containsExactly(RateKey.of(RateItem.LONG_TERM_STUDENT_MONTH, Flow.PARTNER_TO_GROUP_2), RateKey.of(RateItem.FEWER_OPPORTUNITIES_LONG_TERM_MONTH));
        }

        @ParameterizedTest(name = "{0} days of activity + {1} travel days: €{2} once")
        @CsvSource({ "5, 0, 100", "14, 0, 100", "14, 2, 100", "15, 0, 150", "30, 2, 150" })
        void shortTermStudentsWithFewerOpportunitiesGetOneAmountByTheDaysOfActivity(int activityDays, int travelDays, String amount) {
            GrantResult result = calculate(kokshetauToTartu().type(MobilityType.SHORT_TERM_DOCTORAL).days(activityDays).travelDays(travelDays)
                    .fewerOpportunities(true));
            GrantLine topUp = line(result, FEWER_OPPORTUNITIES_TOP_UP);
            assertThat(topUp.amount()).isEqualByComparingTo(amount);
            assertThat(topUp.parts()).containsExactly(new Part(1, Unit.ONCE, new BigDecimal(amount)));
        }

        @Test
        void theShortTermTopUpIsUnknownBefore2024() {
            GrantResult result = calculate(kokshetauToTartu().callYear(2023).to(estonia(2023), TARTU).type(MobilityType.SHORT_TERM_BLENDED).days(10)
                    .fewerOpportunities(true));
            assertThat(line(result, FEWER_OPPORTUNITIES_TOP_UP).computed()).isFalse();
            assertThat(result.participantTotal()).isEmpty();
        }

        @Test
        void staffGetNoTopUpButTheInstitutionGetsInclusionSupport() {
            GrantResult result = calculate(grazToBishkek().fewerOpportunities(true));
            assertThat(result.lines()).extracting(GrantLine::kind).containsExactly(INDIVIDUAL_SUPPORT, TRAVEL, ORGANISATIONAL_SUPPORT, INCLUSION_SUPPORT);
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("2898.00"));
        }

        @Test
        void withoutFewerOpportunitiesThereIsNoTopUpAndNoInclusionSupport() {
            assertThat(calculate(kokshetauToTartu()).lines()).extracting(GrantLine::kind).containsExactly(INDIVIDUAL_SUPPORT, TRAVEL, ORGANISATIONAL_SUPPORT);
        }

        @Test
        void organisationalSupportGoesToTheInstitutionNotToTheParticipant() {
            RateTable table = RateTableFixtures.with(callYear(2024), RateTableFixtures.confirmed(RateKey.of(RateItem.ORGANISATIONAL_SUPPORT), "350"),
                    RateTableFixtures.probable(RateKey.of(RateItem.INCLUSION_SUPPORT), "125"));
            GrantResult result = calculate(table, kokshetauToTartu().fewerOpportunities(true));
            assertThat(amount(result, ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("350.00");
            assertThat(line(result, ORGANISATIONAL_SUPPORT).explanation().english()).isEqualTo("€350 per participant, paid to the institution");
            assertThat(amount(result, INCLUSION_SUPPORT)).isEqualByComparingTo("125.00");
            assertThat(result.institutionTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("475.00"));
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("5895.00"));
            assertThat(result.lines()).allMatch(GrantLine::computed);
            assertThat(warnings(result)).doesNotContain(GrantText.VALUE_UNKNOWN);
        }
    }

    @Nested
    class Refusals {

        private void assertRefused(ThrowingCallable call, GrantText reason, String field) {
            assertThatThrownBy(call).isInstanceOfSatisfying(GrantRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.explanation().key()).isEqualTo(reason.key());
                assertThat(e.getMessage()).isEqualTo(e.explanation().english());
            });
        }

        @ParameterizedTest
        @ValueSource(ints = { 2021, 2026 })
        void aCallYearWithoutRateTable(int year) {
            assertRefused(() -> calculate(kokshetauToTartu().callYear(year)), GrantText.NO_RATE_TABLE, "callYear");
        }

        @Test
        void anEndBeforeTheStart() {
            assertRefused(() -> calculate(kokshetauToTartu().dates(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 29))), GrantText.END_BEFORE_START,
                    "endDate");
        }

        @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
        @CsvSource({ "STUDENT_STUDIES, 2025-02-01, 2025-03-29, DURATION_TOO_SHORT", "STUDENT_TRAINEESHIP, 2025-02-01, 2025-03-29, DURATION_TOO_SHORT",
                "SHORT_TERM_BLENDED, 2025-02-01, 2025-02-04, DURATION_TOO_SHORT", "SHORT_TERM_DOCTORAL, 2025-02-01, 2025-02-04, DURATION_TOO_SHORT",
                "STAFF_TEACHING, 2025-02-01, 2025-02-04, DURATION_TOO_SHORT", "STAFF_TRAINING, 2025-02-01, 2025-02-01, DURATION_TOO_SHORT",
                "STUDENT_STUDIES, 2024-09-01, 2025-09-01, DURATION_TOO_LONG", "STUDENT_TRAINEESHIP, 2024-09-01, 2025-09-01, DURATION_TOO_LONG",
                "SHORT_TERM_BLENDED, 2025-02-01, 2025-03-03, DURATION_TOO_LONG", "SHORT_TERM_DOCTORAL, 2025-02-01, 2025-03-03, DURATION_TOO_LONG",
                "STAFF_TEACHING, 2025-02-01, 2025-04-02, DURATION_TOO_LONG", "STAFF_TRAINING, 2025-02-01, 2025-04-02, DURATION_TOO_LONG" })
        void aMobilityOutsideTheLimitsOfItsType(MobilityType type, LocalDate start, LocalDate end, GrantText reason) {
            assertRefused(() -> calculate(kokshetauToTartu().type(type).dates(start, end)), reason, "endDate");
        }

        @ParameterizedTest(name = "{0} from {1} to {2}")
        @CsvSource({ "STUDENT_STUDIES, 2025-02-01, 2025-03-30", "STUDENT_STUDIES, 2024-09-01, 2025-08-31", "STUDENT_TRAINEESHIP, 2025-02-01, 2025-03-30",
                "SHORT_TERM_BLENDED, 2025-02-01, 2025-02-05", "SHORT_TERM_DOCTORAL, 2025-02-01, 2025-03-02",
                "STAFF_TEACHING, 2025-02-01, 2025-02-05", "STAFF_TRAINING, 2025-02-01, 2025-04-01" })
        void theLimitsThemselvesAreAllowed(MobilityType type, LocalDate start, LocalDate end) {
            assertThat(calculate(kokshetauToTartu().type(type).dates(start, end)).lines()).isNotEmpty();
        }

        @Test
        void theDurationRefusalSaysTheLimitInTheUnitOfTheType() {
            assertThatThrownBy(() -> calculate(kokshetauToTartu().dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 29))))
                    .hasMessage("a student studies mobility lasts at least 2 months, and this one lasts 59 days");
            assertThatThrownBy(() -> calculate(grazToBishkek().days(61)))
                    .hasMessage("a staff teaching mobility lasts at most 60 days, and this one lasts 61 days");
        }

        @Test
        void travelDaysDoNotCountTowardsTheDurationLimits() {
            // 60 days of teaching and 2 travel days: 14 × 190 + 48 × 133
            assertThat(amount(calculate(grazToBishkek().days(60).travelDays(2)), INDIVIDUAL_SUPPORT)).isEqualByComparingTo("9044.00");
        }

        @Test
        void anUnknownDurationLimitIsNotCheckedButWarned() {
            RateTable table = RateTableFixtures.with(callYear(2024), RateTableFixtures.unknown(RateKey.of(RateItem.DURATION_MAX, MobilityType.STAFF_TEACHING)));
            GrantResult result = calculate(table, grazToBishkek().days(90));
            assertThat(warnings(result)).contains(GrantText.DURATION_LIMIT_UNKNOWN);
            assertThat(line(result, INDIVIDUAL_SUPPORT).computed()).isTrue();
        }

        @Test
        void twoInstitutionsInTheSameCountry() {
            assertRefused(() -> calculate(kokshetauToTartu().to(KAZAKHSTAN, BISHKEK)), GrantText.SAME_COUNTRY, "receivingCountry");
        }

        @Test
        void twoPartnerCountries() {
            assertRefused(() -> calculate(kokshetauToTartu().to(KYRGYZSTAN, BISHKEK)), GrantText.SAME_SIDE, "receivingCountry");
            assertRefused(() -> calculate(kokshetauToTartu().to(SWITZERLAND, BISHKEK)), GrantText.SAME_SIDE, "receivingCountry");
        }

        @Test
        void twoProgrammeCountries() {
            assertRefused(() -> calculate(grazToBishkek().to(estonia(2024), TARTU)), GrantText.SAME_SIDE, "receivingCountry");
        }

        @Test
        void aCountryOutsideKa171() {
            assertRefused(() -> calculate(kokshetauToTartu().from(NOT_ELIGIBLE, KOKSHETAU)), GrantText.COUNTRY_NOT_ELIGIBLE, "sendingCountry");
            assertRefused(() -> calculate(grazToBishkek().to(NOT_ELIGIBLE, BISHKEK)), GrantText.COUNTRY_NOT_ELIGIBLE, "receivingCountry");
        }

        @Test
        void moreTravelDaysThanTheTravelModeAllows() {
            assertRefused(() -> calculate(grazToBishkek().travelDays(3)), GrantText.TOO_MANY_TRAVEL_DAYS, "travelDays");
            assertRefused(() -> calculate(grazToBishkek().green(true).travelDays(7)), GrantText.TOO_MANY_TRAVEL_DAYS, "travelDays");
            assertThatThrownBy(() -> calculate(grazToBishkek().travelDays(3)))
                    .hasMessage("at most 2 travel days are paid with standard travel, and 3 were asked for");
        }

        @Test
        void negativeTravelDaysAreNotARequest() {
            assertThatThrownBy(() -> grazToBishkek().travelDays(-1).build()).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
