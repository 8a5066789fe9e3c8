package org.mobilitydesk.grant;

/**
 * Which rate column applies: from the programme side to a partner country, or from a partner country to a programme
 * country of receiving group 1, 2 or 3 (DOMAIN-KA171 §4).
 */
public enum Flow implements Described {
    PROGRAMME_TO_PARTNER("programme country to partner country"),
    PARTNER_TO_GROUP_1("partner country to receiving group 1"),
    PARTNER_TO_GROUP_2("partner country to receiving group 2"),
    PARTNER_TO_GROUP_3("partner country to receiving group 3");

    private final String english;

    Flow(String english) {
        this.english = english;
    }

    /** The flow of a mobility between two countries on different sides. */
    static Flow between(GrantCountry sending, GrantCountry receiving) {
        if (sending.programmeSide()) {
            return PROGRAMME_TO_PARTNER;
        }
        return switch (receiving.receivingGroup()) {
            case 1 -> PARTNER_TO_GROUP_1;
            case 2 -> PARTNER_TO_GROUP_2;
            case 3 -> PARTNER_TO_GROUP_3;
            default -> throw new IllegalStateException("receiving group " + receiving.receivingGroup());
        };
    }

    @Override
    public String english() {
        return english;
    }
}
