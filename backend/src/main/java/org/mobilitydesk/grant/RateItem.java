package org.mobilitydesk.grant;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kinds of value in a rate table (DOMAIN-KA171 §2, §4–§6). A value is one item with one qualifier: a flow, a
 * step, a travel mode ({@link TravelMode}), a mobility type, or for travel the lower bound of a distance band in km; items that need no
 * qualifier use the empty string. The migration's check constraint on rate_value lists the same combinations.
 */
public enum RateItem implements Described {
    LONG_TERM_STUDENT_MONTH("individual support for long-term students per month", names(Flow.values())),
    SHORT_TERM_STUDENT_DAY("individual support for short-term students per day", Set.of(Qualifiers.FIRST_14_DAYS, Qualifiers.FROM_DAY_15)),
    STAFF_DAY("individual support for staff per day", names(Flow.values())),
    STAFF_PERCENT_FROM_DAY_15("percentage of the staff day rate paid from day 15", Set.of(Qualifiers.NONE)),
    TRAVEL_STANDARD("standard travel support", RateItem::isKilometres),
    TRAVEL_GREEN("green travel support", RateItem::isKilometres),
    TRAVEL_DAYS("travel days for short-term students and staff", names(TravelMode.values())),
    LONG_TERM_TRAVEL_DAYS("travel days for long-term students", names(TravelMode.values())),
    FEWER_OPPORTUNITIES_LONG_TERM_MONTH("top-up for long-term students with fewer opportunities per month", Set.of(Qualifiers.NONE)),
    FEWER_OPPORTUNITIES_SHORT_TERM("top-up for short-term students with fewer opportunities", Set.of(Qualifiers.DAYS_5_14, Qualifiers.DAYS_15_30)),
    INCLUSION_SUPPORT("inclusion support for organisations per participant with fewer opportunities", Set.of(Qualifiers.NONE)),
    ORGANISATIONAL_SUPPORT("organisational support per participant", Set.of(Qualifiers.NONE)),
    DURATION_MIN("shortest duration (months for long-term students, days otherwise)", names(MobilityType.values())),
    DURATION_MAX("longest duration (months for long-term students, days otherwise)", names(MobilityType.values()));

    /** The qualifiers that are not flows, travel modes, mobility types or kilometres. */
    public static final class Qualifiers {
        public static final String NONE = "";
        public static final String FIRST_14_DAYS = "FIRST_14_DAYS";
        public static final String FROM_DAY_15 = "FROM_DAY_15";
        public static final String DAYS_5_14 = "DAYS_5_14";
        public static final String DAYS_15_30 = "DAYS_15_30";

        private Qualifiers() {
        }
    }

    private final String english;
    private final Predicate<String> qualifiers;

    RateItem(String english, Set<String> qualifiers) {
        this(english, (Predicate<String>) qualifiers::contains);
    }

    RateItem(String english, Predicate<String> qualifiers) {
        this.english = english;
        this.qualifiers = qualifiers;
    }

    public boolean accepts(String qualifier) {
        return qualifier != null && qualifiers.test(qualifier);
    }

    @Override
    public String english() {
        return english;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A distance band's lower bound in km, the qualifier of the travel items. */
    static boolean isKilometres(String qualifier) {
        return qualifier.matches("^[1-9][0-9]{0,4}$");
    }
}
