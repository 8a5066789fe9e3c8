package org.mobilitydesk.selection.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.selection.panel.SelectionEvent;
import org.mobilitydesk.selection.history.HistoryViews.EntryView;
import org.mobilitydesk.selection.history.HistoryViews.HistoryPage;
import org.mobilitydesk.user.UserService;
import org.mobilitydesk.user.UserViews.UserView;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** A call's selection trail for coordinators: one page, actors named once, applications by receipt number. */
@ApplicationScoped
public class HistoryService {

    @Inject
    CallService calls;
    @Inject
    UserService users;

    @Transactional
    public HistoryPage page(UUID callId, SelectionEvent.Kind kind, PageParams paging) {
        calls.get(callId);
        var query = kind == null ? SelectionEvent.<SelectionEvent>find("callId", Sort.descending("at", "id"), callId)
                : SelectionEvent.<SelectionEvent>find("callId = ?1 and kind = ?2", Sort.descending("at", "id"), callId, kind);
        List<SelectionEvent> events = query.page(Page.of(paging.page, paging.size)).list();
        long total = query.count();
        Map<String, UserView> actors = users.byIds(events.stream().map(e -> e.actor).collect(Collectors.toSet()));
        List<UUID> applicationIds = events.stream().map(e -> e.applicationId).filter(id -> id != null).distinct().toList();
        Map<UUID, String> receipts = applicationIds.isEmpty() ? Map.of() : Application.<Application>list("id in ?1", applicationIds).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.receiptNumber));
        List<EntryView> items = events.stream().map(e -> new EntryView(e.id, e.at, e.kind,
                Optional.ofNullable(actors.get(e.actor)).map(UserView::displayName).orElse(e.actor), e.applicationId,
                e.applicationId == null ? null : receipts.get(e.applicationId), e.detail == null ? Map.of() : e.detail)).toList();
        return new HistoryPage(items, paging.page, paging.size, total);
    }
}
