package org.mobilitydesk.selection.results;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** When an offer must be answered: to the end of the last of its days in the call's time zone. */
final class Offers {

    private Offers() {
    }

    static Instant respondBy(Instant offeredAt, int days, ZoneId zone) {
        return offeredAt.atZone(zone).toLocalDate().plusDays(days).atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }

    /** Offers the offer's present place from now: unanswered, for the results' days. */
    static void offer(SelectionOffer offer, Instant now, int days, ZoneId zone) {
        offer.response = SelectionOffer.Response.PENDING;
        offer.offeredAt = now;
        offer.respondBy = respondBy(now, days, zone);
        offer.respondedAt = null;
    }
}
