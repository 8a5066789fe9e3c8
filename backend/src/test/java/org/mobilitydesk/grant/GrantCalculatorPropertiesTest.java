package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class GrantCalculatorPropertiesTest {

    private final GrantCalculator calculator = new GrantCalculator(RateTableFixtures.ALL);

    /** Graz → Bishkek in call 2024: every participant rate of this flow is known, for every mobility type. */
    private static Grants.Builder request(MobilityType type, LocalDate start, int calendarDays) {
        return Grants.grazToBishkek().travelDays(0).type(type).dates(start, start.plusDays(calendarDays - 1L));
    }

    private static boolean withinLimits(MobilityType type, LocalDate start, LocalDate end) {
        int days = MobilityDuration.of(type, start, end).days();
        return type.longTerm() ? days >= 60 && days <= 360 : days >= 5 && days <= (type.category() == MobilityType.Category.STAFF ? 60 : 30);
    }

    @Property
    void aLongerStayNeverPaysLess(@ForAll MobilityType type, @ForAll @IntRange(min = 0, max = 1500) int startOffset,
            @ForAll @IntRange(min = 5, max = 366) int calendarDays, @ForAll @IntRange(min = 1, max = 45) int extension,
            @ForAll boolean fewerOpportunities, @ForAll @IntRange(min = 0, max = 2) int travelDays) {
        LocalDate start = LocalDate.of(2024, 6, 1).plusDays(startOffset);
        LocalDate end = start.plusDays(calendarDays - 1L);
        Assume.that(withinLimits(type, start, end) && withinLimits(type, start, end.plusDays(extension)));
        // long-term travel days are unknown in the fixtures: a line that is not computed has no amount to compare
        int paidTravelDays = type.longTerm() ? 0 : travelDays;
        GrantResult shorter = calculator.calculate(request(type, start, calendarDays).travelDays(paidTravelDays).fewerOpportunities(fewerOpportunities).build());
        GrantResult longer = calculator.calculate(request(type, start, calendarDays + extension).travelDays(paidTravelDays)
                .fewerOpportunities(fewerOpportunities).build());
        assertThat(longer.participantTotal().orElseThrow()).isGreaterThanOrEqualTo(shorter.participantTotal().orElseThrow());
    }

    @Property
    void greenTravelNeverPaysLessThanStandard(@ForAll("callYears") int callYear, @ForAll @BigRange(min = "0", max = "20000") @Scale(2) BigDecimal km,
            @ForAll @IntRange(min = 0, max = 2) int travelDays) {
        // short-term students: their day rates are known in every call year, so the totals exist
        Grants.Builder request = Grants.grazToBishkek().callYear(callYear).type(MobilityType.SHORT_TERM_BLENDED).travelDays(travelDays)
                .distance(km.toPlainString(), "property");
        GrantResult standard = calculator.calculate(request.green(false).build());
        GrantResult green = calculator.calculate(request.green(true).build());
        assertThat(travel(green)).isGreaterThanOrEqualTo(travel(standard));
        assertThat(green.participantTotal().orElseThrow()).isGreaterThanOrEqualTo(standard.participantTotal().orElseThrow());
    }

    @Property
    void theParticipantTotalIsTheSumOfTheParticipantLinesWhenAllAreComputed(@ForAll("callYears") int callYear, @ForAll MobilityType type,
            @ForAll boolean fromPartnerSide, @ForAll @IntRange(min = 0, max = 800) int startOffset, @ForAll @IntRange(min = 5, max = 366) int calendarDays,
            @ForAll boolean green, @ForAll @IntRange(min = 0, max = 2) int travelDays, @ForAll boolean fewerOpportunities) {
        LocalDate start = LocalDate.of(callYear, 6, 1).plusDays(startOffset);
        Assume.that(withinLimits(type, start, start.plusDays(calendarDays - 1L)));
        Grants.Builder request = request(type, start, calendarDays).callYear(callYear).green(green).travelDays(travelDays)
                .fewerOpportunities(fewerOpportunities);
        if (fromPartnerSide) {
            request.from(Grants.KYRGYZSTAN, Grants.BISHKEK).to(Grants.italy(callYear), Grants.MILAN);
        }
        GrantResult result = calculator.calculate(request.build());

        var participantLines = result.lines().stream().filter(l -> l.kind().recipient() == GrantLine.Recipient.PARTICIPANT).toList();
        assertThat(result.lines()).filteredOn(GrantLine::computed).allSatisfy(l -> assertThat(l.amount().scale()).isEqualTo(2));
        if (participantLines.stream().allMatch(GrantLine::computed)) {
            BigDecimal sum = participantLines.stream().map(GrantLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(result.participantTotal()).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo(sum));
        } else {
            assertThat(result.participantTotal()).isEmpty();
            assertThat(result.warnings()).extracting(Explanation::text).containsAnyOf(GrantText.VALUE_UNKNOWN, GrantText.STUDENT_RATE_NOT_FOR_REGION);
        }
    }

    @Provide
    Arbitrary<Integer> callYears() {
        return Arbitraries.of(RateTableFixtures.CALL_YEARS[0], RateTableFixtures.CALL_YEARS[1], RateTableFixtures.CALL_YEARS[2], RateTableFixtures.CALL_YEARS[3]);
    }

    private static BigDecimal travel(GrantResult result) {
        return result.lines().stream().filter(l -> l.kind() == GrantLine.Kind.TRAVEL).findFirst().orElseThrow().amount();
    }
}
