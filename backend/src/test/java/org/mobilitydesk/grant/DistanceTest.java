package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mobilitydesk.grant.Grants.BISHKEK;
import static org.mobilitydesk.grant.Grants.GRAZ;
import static org.mobilitydesk.grant.Grants.KOKSHETAU;
import static org.mobilitydesk.grant.Grants.TARTU;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class DistanceTest {

    @Test
    void kokshetauToTartuIsAbout2676KmAsInTheDomainExample() {
        assertThat(Distance.km(KOKSHETAU, TARTU)).isEqualByComparingTo("2675.77");
    }

    @Test
    void grazToBishkekIs4568KmWhereTheDomainSaysAbout4563() {
        // DOMAIN-KA171 §9 gives ≈ 4 563 km; these coordinates and R = 6371 km give 5 km more, in the same band
        assertThat(Distance.km(GRAZ, BISHKEK)).isEqualByComparingTo("4568.32");
    }

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsTheRadiusTimesPiOver180() {
        // 6371 · π / 180 = 111.19492…
        assertThat(Distance.km(new Coordinates(0, 0), new Coordinates(0, 1))).isEqualByComparingTo("111.19");
    }

    @Test
    void antipodesAreHalfTheCircumferenceApart() {
        // 6371 · π = 20015.086…
        assertThat(Distance.km(new Coordinates(0, 0), new Coordinates(0, 180))).isEqualByComparingTo("20015.09");
        assertThat(Distance.km(new Coordinates(90, 0), new Coordinates(-90, 0))).isEqualByComparingTo("20015.09");
    }

    @Test
    void theSamePlaceIsZeroKilometresAwayWithTwoDecimals() {
        BigDecimal km = Distance.km(TARTU, TARTU);
        assertThat(km).isEqualByComparingTo("0");
        assertThat(km.scale()).isEqualTo(2);
    }

    @Test
    void theRadiusIsTheMeanEarthRadius() {
        assertThat(Distance.EARTH_RADIUS_KM).isEqualTo(6371.0);
    }

    @ParameterizedTest
    @CsvSource({ "91, 0", "-90.5, 0", "0, 180.01", "0, -181", "NaN, 0" })
    void coordinatesOutsideTheGlobeAreRejected(double latitude, double longitude) {
        assertThatThrownBy(() -> new Coordinates(latitude, longitude)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distanceIsSymmetricAndNeverMoreThanHalfTheCircumference() {
        Samples.forAll(random -> {
            Coordinates a = new Coordinates(Samples.between(random, -90.0, 90.0), Samples.between(random, -180.0, 180.0));
            Coordinates b = new Coordinates(Samples.between(random, -90.0, 90.0), Samples.between(random, -180.0, 180.0));
            assertThat(Distance.km(a, b)).as("%s to %s", a, b).isEqualByComparingTo(Distance.km(b, a))
                    .isBetween(BigDecimal.ZERO, new BigDecimal("20015.09"));
        });
    }
}
