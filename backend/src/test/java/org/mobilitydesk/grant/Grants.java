package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.mobilitydesk.reference.ProgrammeSide;

/** Countries, places and requests for calculator tests; classifications as in ka171-countries.csv. */
final class Grants {

    static final Coordinates KOKSHETAU = new Coordinates(53.2833, 69.3833);
    static final Coordinates TARTU = new Coordinates(58.3811, 26.7198);
    static final Coordinates GRAZ = new Coordinates(47.0692, 15.4076);
    static final Coordinates BISHKEK = new Coordinates(42.8424, 74.5863);
    static final Coordinates MILAN = new Coordinates(45.4602, 9.1945);

    static final GrantCountry KAZAKHSTAN = partner("KZ", 6);
    static final GrantCountry KYRGYZSTAN = partner("KG", 6);
    static final GrantCountry SWITZERLAND = new GrantCountry("CH", ProgrammeSide.PARTNER, 1, 14);
    static final GrantCountry NOT_ELIGIBLE = new GrantCountry("AQ", ProgrammeSide.NOT_ELIGIBLE, null, null);

    private Grants() {
    }

    static GrantCountry partner(String code, Integer region) {
        return new GrantCountry(code, ProgrammeSide.PARTNER, null, region);
    }

    /** Estonia: group 3 in calls 2022–2023, group 2 from 2024. */
    static GrantCountry estonia(int callYear) {
        return new GrantCountry("EE", ProgrammeSide.EU, callYear < 2024 ? 3 : 2, null);
    }

    /** Austria: group 2 in calls 2022–2023, group 1 from 2024. */
    static GrantCountry austria(int callYear) {
        return new GrantCountry("AT", ProgrammeSide.EU, callYear < 2024 ? 2 : 1, null);
    }

    /** Italy: group 2 in calls 2022–2023, group 1 from 2024. */
    static GrantCountry italy(int callYear) {
        return new GrantCountry("IT", ProgrammeSide.EU, callYear < 2024 ? 2 : 1, null);
    }

    /** A student from Kokshetau to Tartu, call 2024, 2025-02-01 to 2025-06-30 (DOMAIN-KA171 §9). */
    static Builder kokshetauToTartu() {
        return new Builder(2024, MobilityType.STUDENT_STUDIES, KAZAKHSTAN, KOKSHETAU, estonia(2024), TARTU,
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30));
    }

    /** A teacher from Graz to Bishkek, call 2024, 2025-03-03 to 2025-03-09 with 2 travel days (DOMAIN-KA171 §9). */
    static Builder grazToBishkek() {
        return new Builder(2024, MobilityType.STAFF_TEACHING, austria(2024), GRAZ, KYRGYZSTAN, BISHKEK,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9)).travelDays(2);
    }

    /** A request under construction; each setter changes it and returns it. */
    static final class Builder {
        private int callYear;
        private MobilityType type;
        private GrantCountry sending;
        private Coordinates sendingPlace;
        private GrantCountry receiving;
        private Coordinates receivingPlace;
        private LocalDate start;
        private LocalDate end;
        private boolean green;
        private int travelDays;
        private boolean fewerOpportunities;
        private DistanceOverride distanceOverride;

        Builder(int callYear, MobilityType type, GrantCountry sending, Coordinates sendingPlace, GrantCountry receiving,
                Coordinates receivingPlace, LocalDate start, LocalDate end) {
            this.callYear = callYear;
            this.type = type;
            this.sending = sending;
            this.sendingPlace = sendingPlace;
            this.receiving = receiving;
            this.receivingPlace = receivingPlace;
            this.start = start;
            this.end = end;
        }

        Builder callYear(int value) {
            callYear = value;
            return this;
        }

        Builder type(MobilityType value) {
            type = value;
            return this;
        }

        Builder from(GrantCountry country, Coordinates place) {
            sending = country;
            sendingPlace = place;
            return this;
        }

        Builder to(GrantCountry country, Coordinates place) {
            receiving = country;
            receivingPlace = place;
            return this;
        }

        Builder dates(LocalDate first, LocalDate last) {
            start = first;
            end = last;
            return this;
        }

        /** An activity of this many calendar days from the start date. */
        Builder days(int days) {
            end = start.plusDays(days - 1L);
            return this;
        }

        Builder green(boolean value) {
            green = value;
            return this;
        }

        Builder travelDays(int value) {
            travelDays = value;
            return this;
        }

        Builder fewerOpportunities(boolean value) {
            fewerOpportunities = value;
            return this;
        }

        Builder distance(String km, String reason) {
            distanceOverride = new DistanceOverride(new BigDecimal(km), reason);
            return this;
        }

        GrantRequest build() {
            return new GrantRequest(callYear, type, sending, sendingPlace, receiving, receivingPlace, start, end, green, travelDays,
                    fewerOpportunities, distanceOverride);
        }
    }
}
