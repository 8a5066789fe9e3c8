package org.mobilitydesk.selection.results;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.selection.results.ResultsViews.AppealView;

/** Reading appeals: the last instant to lodge one, and the appeals as views with their applications named. */
final class Appeals {

    private Appeals() {
    }

    /** The end of the last appeal day in the call's zone; null when the results allow no appeal. */
    static Instant until(SelectionResults results, ZoneId zone) {
        return results.appealDays == 0 ? null : Offers.respondBy(results.publishedAt, results.appealDays, zone);
    }

    static List<AppealView> of(UUID applicationId) {
        return views(SelectionAppeal.list("applicationId = ?1 order by lodgedAt desc, id", applicationId));
    }

    static List<AppealView> views(List<SelectionAppeal> appeals) {
        if (appeals.isEmpty()) {
            return List.of();
        }
        Map<UUID, Application> applications = Application.<Application>list("id in ?1", appeals.stream().map(a -> a.applicationId).distinct().toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        return appeals.stream().map(a -> new AppealView(a.id, a.applicationId, applications.get(a.applicationId).receiptNumber,
                applications.get(a.applicationId).applicantName, a.text, a.lodgedAt, a.decision, a.answer, a.answeredByName, a.answeredAt)).toList();
    }
}
