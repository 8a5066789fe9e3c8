package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;


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

    @Test
    void aLongerStayNeverPaysLess() {
        Samples.forAll(random -> {
            MobilityType type = Samples.oneOf(random, MobilityType.values());
            LocalDate start = LocalDate.of(2024, 6, 1).plusDays(Samples.between(random, 0, 1500));
            int calendarDays = Samples.between(random, 5, 366);
            int extension = Samples.between(random, 1, 45);
            boolean fewerOpportunities = random.nextBoolean();
            LocalDate end = start.plusDays(calendarDays - 1L);
            if (!withinLimits(type, start, end) || !withinLimits(type, start, end.plusDays(extension))) {
                return;
            }
            // long-term travel days are unknown in the fixtures: a line that is not computed has no amount to compare
            int travelDays = type.longTerm() ? 0 : Samples.between(random, 0, 2);
            GrantResult shorter = calculator.calculate(request(type, start, calendarDays).travelDays(travelDays)
                    .fewerOpportunities(fewerOpportunities).build());
            GrantResult longer = calculator.calculate(request(type, start, calendarDays + extension).travelDays(travelDays)
                    .fewerOpportunities(fewerOpportunities).build());
            assertThat(longer.participantTotal().orElseThrow()).as("%s from %s, %d + %d days", type, start, calendarDays, extension)
                    .isGreaterThanOrEqualTo(shorter.participantTotal().orElseThrow());
        });
    }

    @Test
    void greenTravelNeverPaysLessThanStandard() {
        Samples.forAll(random -> {
            int callYear = callYear(random);
            BigDecimal km = BigDecimal.valueOf(Samples.between(random, 0, 2_000_000), 2);
            // short-term students: their day rates are known in every call year, so the totals exist
            Grants.Builder request = Grants.grazToBishkek().callYear(callYear).type(MobilityType.SHORT_TERM_BLENDED)
                    .travelDays(Samples.between(random, 0, 2)).distance(km.toPlainString(), "property");
            GrantResult standard = calculator.calculate(request.green(false).build());
            GrantResult green = calculator.calculate(request.green(true).build());
            assertThat(travel(green)).as("call %d, %s km", callYear, km).isGreaterThanOrEqualTo(travel(standard));
            assertThat(green.participantTotal().orElseThrow()).isGreaterThanOrEqualTo(standard.participantTotal().orElseThrow());
        });
    }

    @Test
    void theParticipantTotalIsTheSumOfTheParticipantLinesWhenAllAreComputed() {
        Samples.forAll(random -> {
            int callYear = callYear(random);
            MobilityType type = Samples.oneOf(random, MobilityType.values());
            LocalDate start = LocalDate.of(callYear, 6, 1).plusDays(Samples.between(random, 0, 800));
            int calendarDays = Samples.between(random, 5, 366);
            if (!withinLimits(type, start, start.plusDays(calendarDays - 1L))) {
                return;
            }
            Grants.Builder request = request(type, start, calendarDays).callYear(callYear).green(random.nextBoolean())
                    .travelDays(Samples.between(random, 0, 2)).fewerOpportunities(random.nextBoolean());
            if (random.nextBoolean()) {
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
        });
    }

    private static int callYear(Random random) {
        return RateTableFixtures.CALL_YEARS[random.nextInt(RateTableFixtures.CALL_YEARS.length)];
    }

    private static BigDecimal travel(GrantResult result) {
        return result.lines().stream().filter(l -> l.kind() == GrantLine.Kind.TRAVEL).findFirst().orElseThrow().amount();
    }
}
