package org.mobilitydesk.grant;

import org.mobilitydesk.reference.ProgrammeSide;

/**
 * A country as KA171 classifies it in one call year: its side, its receiving group (programme side, and partner
 * regions 13 and 14) and its partner region (partner side). A programme-side country always has a group.
 */
public record GrantCountry(String code, ProgrammeSide side, Integer receivingGroup, Integer partnerRegion) {

    public GrantCountry {
        if (code == null || !code.matches("^[A-Z]{2}$")) {
            throw new IllegalArgumentException("country code must be two capital letters: " + code);
        }
        if (side == null) {
            throw new IllegalArgumentException("side is required");
        }
        if (receivingGroup != null && (receivingGroup < 1 || receivingGroup > 3)) {
            throw new IllegalArgumentException("receiving group must be 1, 2 or 3: " + receivingGroup);
        }
        if (side != ProgrammeSide.PARTNER && side != ProgrammeSide.NOT_ELIGIBLE && receivingGroup == null) {
            throw new IllegalArgumentException("programme-side country " + code + " needs a receiving group");
        }
    }

    /** EU member states and associated third countries; partner and non-eligible countries are not. */
    public boolean programmeSide() {
        return side == ProgrammeSide.EU || side == ProgrammeSide.ASSOCIATED;
    }
}
