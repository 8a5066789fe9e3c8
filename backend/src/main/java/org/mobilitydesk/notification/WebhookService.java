package org.mobilitydesk.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;

/** The administrators' webhook settings of partner institutions. */
@ApplicationScoped
public class WebhookService {

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InstitutionService institutions;
    @Inject
    Clock clock;

    @Transactional
    public Optional<WebhookView> find(UUID institutionId) {
        partner(institutionId);
        return Webhook.<Webhook>findByIdOptional(institutionId)
                .map(webhook -> new WebhookView(webhook.institutionId, webhook.url, null, webhook.secretCreatedAt, webhook.updatedBy));
    }

    /** Sets the URL and generates a new secret, which only this answer contains. */
    @Transactional
    public WebhookView set(UUID institutionId, String url, String user) {
        partner(institutionId);
        WebhookUrl.refusal(url).ifPresent(reason -> {
            throw ProblemException.badRequest("url", reason);
        });
        String secret = newSecret();
        Instant now = Instant.now(clock);
        Webhook.getEntityManager().createNativeQuery("""
                INSERT INTO institution_webhook (institution_id, url, secret, secret_created_at, updated_by)
                VALUES (:institution, :url, :secret, :now, :user)
                ON CONFLICT (institution_id) DO UPDATE
                    SET url = excluded.url, secret = excluded.secret, secret_created_at = excluded.secret_created_at, updated_by = excluded.updated_by""")
                .setParameter("institution", institutionId).setParameter("url", url).setParameter("secret", secret)
                .setParameter("now", Timestamp.from(now)).setParameter("user", user).executeUpdate();
        return new WebhookView(institutionId, url, secret, now, user);
    }

    @Transactional
    public void remove(UUID institutionId) {
        existing(institutionId).delete();
    }

    private Webhook existing(UUID institutionId) {
        partner(institutionId);
        Webhook webhook = Webhook.findById(institutionId);
        if (webhook == null) {
            throw ProblemException.notFound("A webhook of institution " + institutionId);
        }
        return webhook;
    }

    private void partner(UUID institutionId) {
        if (institutions.findPartner(institutionId).isEmpty()) {
            throw ProblemException.notFound("Institution " + institutionId);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
