package org.mobilitydesk.selection.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Offers nobody answered by their deadline count as declined: checked every minute, a bounded batch at a time. */
@ApplicationScoped
public class OfferExpiry {

    private static final Logger LOG = Logger.getLogger(OfferExpiry.class);
    static final int BATCH = 50;

    @Inject
    OfferService offers;

    @Scheduled(identity = "offer-expiry", every = "${mobility.offers.expiry-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int expired = offers.expireDue(BATCH);
        if (expired > 0) {
            LOG.infof("%d unanswered offers expired", expired);
        }
    }
}
