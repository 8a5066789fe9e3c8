package org.mobilitydesk.selection.results;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import org.mobilitydesk.application.Application;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.commission.ExplanationText;
import org.mobilitydesk.selection.results.ResultsViews.StandingPage;
import org.mobilitydesk.selection.results.ResultsViews.StandingView;

/** How each candidate of a published call stands now, after the answers and the cascades: the coordinator's list. */
@ApplicationScoped
public class StandingService {

    @Inject
    CallService calls;

    /** By rank, then the unranked by receipt number; empty until the results are published. */
    @Transactional
    public StandingPage page(UUID callId, OutcomeStatus status, PageParams paging) {
        CallView call = calls.get(callId);
        String where = "callId = :call" + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("call", callId);
        if (status != null) {
            parameters.and("status", status);
        }
        var query = SelectionOffer.<SelectionOffer>find(where + " order by (case when rank is null then 1 else 0 end), rank, applicationId",
                parameters).page(Page.of(paging.page, paging.size));
        List<SelectionOffer> offers = query.list();
        return new StandingPage(views(call, offers), paging.page, paging.size, query.count());
    }

    private static List<StandingView> views(CallView call, List<SelectionOffer> offers) {
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<UUID, Application> applications = Application.<Application>list("id in ?1", offers.stream().map(o -> o.applicationId).toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        ExplanationText.Names names = ExplanationText.forCall(call, Map.of());
        return offers.stream().map(o -> {
            Application a = applications.get(o.applicationId);
            return new StandingView(o.applicationId, a.receiptNumber, a.applicantName, o.status, o.rank, o.total,
                    ResultsService.partner(call, o.partnerId), o.preference, o.reservePosition, o.response, o.respondBy, o.respondedAt,
                    o.explanation.stream().map(s -> ExplanationText.view(s, names)).toList());
        }).toList();
    }
}
