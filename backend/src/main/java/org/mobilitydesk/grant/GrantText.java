package org.mobilitydesk.grant;

/**
 * Every message of the grant domain: an i18next key, which the SPA's message files translate, and its English
 * template with the same {{name}} placeholders. Lines explain themselves, results warn, refusals say why.
 */
public enum GrantText {
    // lines
    LONG_TERM_SUPPORT("grant.line.individualSupport.longTerm",
            "{{days}} days counted in 30-day months, {{travelDays}} travel days included: {{months}} months and {{remainingDays}} days at €{{monthlyRate}} a month ({{flow}})"),
    SHORT_TERM_SUPPORT("grant.line.individualSupport.shortTerm",
            "{{days}} days, {{travelDays}} travel days included, at €{{dailyRate}} a day"),
    SHORT_TERM_SUPPORT_FROM_DAY_15("grant.line.individualSupport.shortTermFromDay15",
            "{{days}} days, {{travelDays}} travel days included: 14 days at €{{dailyRate}} and {{laterDays}} days from day 15 at €{{laterRate}}"),
    STAFF_SUPPORT("grant.line.individualSupport.staff",
            "{{days}} days, {{travelDays}} travel days included, at €{{dailyRate}} a day ({{flow}})"),
    STAFF_SUPPORT_FROM_DAY_15("grant.line.individualSupport.staffFromDay15",
            "{{days}} days, {{travelDays}} travel days included: 14 days at €{{dailyRate}} ({{flow}}) and {{laterDays}} days from day 15 at {{percent}} %, €{{laterRate}} a day"),
    TRAVEL("grant.line.travel.standard",
            "{{distanceKm}} km, band {{band}} km: €{{rate}} for the journey there and back"),
    TRAVEL_GREEN("grant.line.travel.green",
            "{{distanceKm}} km, band {{band}} km, green travel: €{{rate}} for the journey there and back"),
    TRAVEL_GREEN_NOT_IN_BAND("grant.line.travel.greenNotInBand",
            "{{distanceKm}} km, band {{band}} km: the band has no green-travel rate, so the standard €{{rate}} applies, for the journey there and back"),
    TRAVEL_BELOW_MINIMUM("grant.line.travel.belowMinimum",
            "{{distanceKm}} km is less than {{minimumKm}} km: no travel support"),
    TOP_UP_LONG_TERM("grant.line.topUp.longTerm",
            "fewer opportunities: {{months}} months and {{remainingDays}} days of the mobility at €{{monthlyRate}} a month"),
    TOP_UP_SHORT_TERM("grant.line.topUp.shortTerm",
            "fewer opportunities: €{{rate}} once for {{activityDays}} days of activity"),
    ORGANISATIONAL_SUPPORT("grant.line.organisationalSupport",
            "€{{rate}} per participant, paid to the institution"),
    INCLUSION_SUPPORT("grant.line.inclusionSupport",
            "€{{rate}} per participant with fewer opportunities, paid to the institution"),
    NOT_COMPUTED("grant.line.notComputed",
            "not computed yet: the international office has not set {{rates}} for call year {{callYear}}"),

    // warnings
    LOW_CONFIDENCE("grant.warning.lowConfidence",
            "{{rate}} = {{amount}} is probable but not confirmed for call year {{callYear}}; source: {{source}}"),
    VALUE_UNKNOWN("grant.warning.valueUnknown",
            "{{rate}} is not set for call year {{callYear}} yet: the international office still has to set it, so the {{line}} line is missing from the total"),
    REGION_NOT_FUNDED("grant.warning.regionNotFunded",
            "{{country}} is in no KA171 partner region in call year {{callYear}}, so the call year does not fund mobility with it"),
    STUDENT_RATE_NOT_FOR_REGION("grant.warning.studentRateNotForRegion",
            "the monthly rate for long-term students going to a partner country covers partner regions 1 to 12, and {{country}} is in region {{region}}: the individual support line is not computed"),
    DURATION_LIMIT_UNKNOWN("grant.warning.durationLimitUnknown",
            "{{rate}} is unknown for call year {{callYear}}, so the duration was not checked against it"),

    // refusals
    NO_RATE_TABLE("grant.refusal.noRateTable",
            "there is no rate table for call year {{callYear}}"),
    END_BEFORE_START("grant.refusal.endBeforeStart",
            "the end date {{endDate}} is before the start date {{startDate}}"),
    DURATION_TOO_SHORT("grant.refusal.durationTooShort",
            "a {{mobilityType}} mobility lasts at least {{limit}} {{unit}}, and this one lasts {{days}} days"),
    DURATION_TOO_LONG("grant.refusal.durationTooLong",
            "a {{mobilityType}} mobility lasts at most {{limit}} {{unit}}, and this one lasts {{days}} days"),
    SAME_COUNTRY("grant.refusal.sameCountry",
            "both institutions are in {{country}}; KA171 mobility goes from one country to another"),
    SAME_SIDE("grant.refusal.sameSide",
            "{{sendingCountry}} and {{receivingCountry}} are on the same side; KA171 needs one programme-side and one partner-side country"),
    COUNTRY_NOT_ELIGIBLE("grant.refusal.countryNotEligible",
            "{{country}} takes no part in KA171"),
    TOO_MANY_TRAVEL_DAYS("grant.refusal.tooManyTravelDays",
            "at most {{limit}} travel days are paid with {{travelMode}} travel, and {{travelDays}} were asked for");

    private final String key;
    private final String template;

    GrantText(String key, String template) {
        this.key = key;
        this.template = template;
    }

    public String key() {
        return key;
    }

    public String template() {
        return template;
    }
}
