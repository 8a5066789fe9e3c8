package org.mobilitydesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.ProblemException;

import io.quarkus.panache.common.Parameters;

/** What coordinators see of the notifications to partners, and sending one again. */
@ApplicationScoped
public class NotificationService {

    @Inject
    Clock clock;

    @Transactional
    public NotificationPage list(NotificationQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.institutionId != null) {
            conditions.add("institutionId = :institution");
            params.and("institution", query.institution());
        }
        if (query.subjectId != null) {
            conditions.add("subjectId = :subject");
            params.and("subject", query.subject());
        }
        if (query.status != null) {
            conditions.add("status = :status");
            params.and("status", OutboxStatus.valueOf(query.status));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<NotificationView> items = OutboxEvent.<OutboxEvent>find("from OutboxEvent" + where + " order by createdAt desc, id", params)
                .range(query.offset(), query.offset() + query.size - 1).list().stream().map(NotificationView::of).toList();
        return new NotificationPage(items, query.page, query.size, OutboxEvent.count("from OutboxEvent" + where, params));
    }

    /** Puts a delivered, failed or skipped notification back in the queue, due now, with its attempts counted afresh. */
    @Transactional
    public NotificationView resend(UUID id, String user) {
        OutboxEvent event = OutboxEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("Notification " + id);
        }
        if (event.status == OutboxStatus.PENDING) {
            throw ProblemException.conflict("status", "The notification is already waiting to be sent (next attempt at " + event.nextAttemptAt + ")");
        }
        if (Webhook.findById(event.institutionId) == null) {
            throw ProblemException.unprocessable("institutionId",
                    "The institution has no webhook: an administrator must set one before the notification can be sent");
        }
        Instant now = Instant.now(clock);
        event.status = OutboxStatus.PENDING;
        event.attempts = 0;
        event.nextAttemptAt = now;
        event.lastError = null;
        event.deliveredAt = null;
        event.resentAt = now;
        event.resentBy = user;
        return NotificationView.of(event);
    }
}
