package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mobilitydesk.grant.RateTableFixtures.callYear;
import static org.mobilitydesk.grant.RateTableFixtures.confirmed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTest {

    @ParameterizedTest(name = "{0} km: band {1}")
    @CsvSource({ "10, 10–99", "10.00, 10–99", "99.99, 10–99", "100, 100–499", "499.9, 100–499", "499.99, 100–499", "500, 500–1999",
            "1999.99, 500–1999", "2000, 2000–2999", "2675.77, 2000–2999", "3000, 3000–3999", "3999.99, 3000–3999", "4000, 4000–7999",
            "4568.32, 4000–7999", "7999.9, 4000–7999", "7999.99, 4000–7999", "8000, 8000+", "8000.00, 8000+", "19000, 8000+" })
    void aBandIncludesItsLowerBoundAndEndsBelowTheNextOne(String km, String band) {
        assertThat(callYear(2024).travelBand(new BigDecimal(km))).hasValueSatisfying(b -> assertThat(b.label()).isEqualTo(band));
    }

    @ParameterizedTest
    @CsvSource({ "9.99", "0", "5" })
    void underTenKilometresThereIsNoBand(String km) {
        assertThat(callYear(2024).travelBand(new BigDecimal(km))).isEmpty();
    }

    @Test
    void bandsCarryTheirStandardAndGreenRates() {
        List<TravelBand> bands = callYear(2024).travelBands();
        assertThat(bands).extracting(TravelBand::fromKm).containsExactly(10, 100, 500, 2000, 3000, 4000, 8000);
        assertThat(bands).extracting(b -> b.standard().amount().intValue()).containsExactly(28, 211, 309, 395, 580, 1188, 1735);
        assertThat(bands.subList(0, 5)).extracting(b -> b.green().amount().intValue()).containsExactly(56, 285, 417, 535, 785);
        assertThat(bands.subList(5, 7)).allSatisfy(b -> assertThat(b.green()).isNull());
        assertThat(bands.get(6).toKm()).isNull();
        assertThat(callYear(2022).travelBands().get(0).green()).as("no green rate for 10–99 km before 2024").isNull();
    }

    @Test
    void aKeyTheTableDoesNotHoldIsUnknown() {
        RateKey key = RateKey.of(RateItem.ORGANISATIONAL_SUPPORT);
        RateTable table = RateTableFixtures.without(callYear(2024), key);
        RateValue value = table.value(key);
        assertThat(value.known()).isFalse();
        assertThat(value.confidence()).isEqualTo(Confidence.UNKNOWN);
        assertThat(value.source()).isEqualTo(RateSource.notPublished(2024));
    }

    @Test
    void anAmountIsUnknownExactlyWhenItsConfidenceIsUnknown() {
        RateKey key = RateKey.of(RateItem.ORGANISATIONAL_SUPPORT);
        RateSource s = RateSource.office(null);
        assertThatThrownBy(() -> new RateValue(key, null, Confidence.PROBABLE, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateValue(key, BigDecimal.TEN, Confidence.UNKNOWN, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateValue(key, new BigDecimal("-1"), Confidence.CONFIRMED, s)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RateValue(key, BigDecimal.TEN, Confidence.CONFIRMED, s).known()).isTrue();
    }

    /** Only the office may leave a value empty or give one; a guide gives an amount, a value not published has none. */
    @ParameterizedTest
    @CsvSource({ "PROGRAMME_GUIDE, 2024, true, true", "PROGRAMME_GUIDE, 2024, false, false", "PROGRAMME_GUIDE_KA131, 2024, false, false",
            "INFERRED, 2024, true, true", "INFERRED, 2024, false, false", "NOT_PUBLISHED, 2024, false, true", "NOT_PUBLISHED, 2024, true, false",
            "OFFICE, , true, true", "OFFICE, , false, true" })
    void aSourceFitsAnAmountOrItsAbsence(RateSource.Kind kind, Integer edition, boolean known, boolean accepted) {
        RateKey key = RateKey.of(RateItem.ORGANISATIONAL_SUPPORT);
        RateSource source = new RateSource(kind, edition, null);
        BigDecimal amount = known ? BigDecimal.TEN : null;
        Confidence confidence = known ? Confidence.CONFIRMED : Confidence.UNKNOWN;
        if (accepted) {
            assertThat(new RateValue(key, amount, confidence, source).source()).isEqualTo(source);
        } else {
            assertThatThrownBy(() -> new RateValue(key, amount, confidence, source)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({ "PROGRAMME_GUIDE, , 'needs the guide''s edition'", "NOT_PUBLISHED, , 'needs the guide''s edition'", "OFFICE, 2024, names no edition" })
    void aGuideSourceNamesItsEditionAndTheOfficeNone(RateSource.Kind kind, Integer edition, String message) {
        assertThatThrownBy(() -> new RateSource(kind, edition, null)).hasMessageContaining(message);
    }

    @Test
    void keysSortByItemThenTravelBandsByDistance() {
        List<String> sorted = callYear(2024).values().keySet().stream().filter(k -> k.item() == RateItem.TRAVEL_STANDARD || k.item() == RateItem.TRAVEL_GREEN)
                .sorted().map(RateKey::toString).toList();
        assertThat(sorted).containsExactly("TRAVEL_STANDARD:10", "TRAVEL_STANDARD:100", "TRAVEL_STANDARD:500", "TRAVEL_STANDARD:2000",
                "TRAVEL_STANDARD:3000", "TRAVEL_STANDARD:4000", "TRAVEL_STANDARD:8000", "TRAVEL_GREEN:10", "TRAVEL_GREEN:100",
                "TRAVEL_GREEN:500", "TRAVEL_GREEN:2000", "TRAVEL_GREEN:3000");
    }

    @ParameterizedTest
    @CsvSource({ "STAFF_DAY, PROGRAMME_TO_PARTNER, true", "STAFF_DAY, GROUP_1, false", "STAFF_DAY, '', false",
            "TRAVEL_STANDARD, 2000, true", "TRAVEL_STANDARD, 0, false", "TRAVEL_GREEN, 2000km, false",
            "SHORT_TERM_STUDENT_DAY, FROM_DAY_15, true", "SHORT_TERM_STUDENT_DAY, DAYS_15_30, false",
            "FEWER_OPPORTUNITIES_SHORT_TERM, DAYS_15_30, true", "TRAVEL_DAYS, GREEN, true", "LONG_TERM_TRAVEL_DAYS, STANDARD, true",
            "DURATION_MIN, STAFF_TRAINING, true", "DURATION_MAX, STAFF, false", "ORGANISATIONAL_SUPPORT, '', true",
            "ORGANISATIONAL_SUPPORT, PROGRAMME_TO_PARTNER, false", "STAFF_PERCENT_FROM_DAY_15, '', true" })
    void eachItemTakesItsOwnQualifiers(RateItem item, String qualifier, boolean accepted) {
        assertThat(item.accepts(qualifier)).isEqualTo(accepted);
        if (accepted) {
            assertThat(new RateKey(item, qualifier).item()).isEqualTo(item);
        } else {
            assertThatThrownBy(() -> new RateKey(item, qualifier)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keysReadAsCodes() {
        assertThat(RateKey.of(RateItem.STAFF_DAY, Flow.PARTNER_TO_GROUP_2)).hasToString("STAFF_DAY:PARTNER_TO_GROUP_2");
        assertThat(RateKey.of(RateItem.ORGANISATIONAL_SUPPORT)).hasToString("ORGANISATIONAL_SUPPORT");
    }

    @Test
    void aGreenBandNeedsAStandardBandAtTheSameDistance() {
        RateValue orphan = confirmed(new RateKey(RateItem.TRAVEL_GREEN, "150"), "300");
        assertThatThrownBy(() -> RateTableFixtures.with(callYear(2024), orphan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRAVEL_GREEN:150");
    }

    @Test
    void aTableNeedsTravelBandsAndAPositiveVersion() {
        RateValue org = confirmed(RateKey.of(RateItem.ORGANISATIONAL_SUPPORT), "350");
        assertThatThrownBy(() -> RateTable.of(2024, 1, List.of(org))).isInstanceOf(IllegalArgumentException.class);
        RateValue band = confirmed(new RateKey(RateItem.TRAVEL_STANDARD, "10"), "28");
        assertThatThrownBy(() -> RateTable.of(2024, 0, List.of(band))).isInstanceOf(IllegalArgumentException.class);
        assertThat(RateTable.of(2024, 1, List.of(band, org)).values()).hasSize(2);
    }

    @Test
    void aValueMustBeFiledUnderItsOwnKey() {
        RateValue band = confirmed(new RateKey(RateItem.TRAVEL_STANDARD, "10"), "28");
        assertThatThrownBy(() -> new RateTable(2024, 1, Map.of(new RateKey(RateItem.TRAVEL_STANDARD, "100"), band)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
