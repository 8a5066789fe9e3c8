package org.mobilitydesk.selection.results;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mobilitydesk.applicant.ProfileService;
import org.mobilitydesk.application.AfterCommit;
import org.mobilitydesk.application.Application;
import org.mobilitydesk.application.ApplicationMailText;
import org.mobilitydesk.application.ApplicationMailText.Text;
import org.mobilitydesk.application.ApplicationMailer;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.call.CallViews.PlaceView;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;

/** Tells candidates their result, and a moved candidate their new offer, by e-mail in their interface language, after the commit. */
@ApplicationScoped
public class ResultMails {

    @Inject
    ProfileService profiles;
    @Inject
    ApplicationMailer mailer;
    @Inject
    AfterCommit afterCommit;

    void results(CallView call, List<SelectionOffer> offers) {
        send(call, offers, false);
    }

    void moved(CallView call, List<SelectionOffer> offers) {
        send(call, offers, true);
    }

    private void send(CallView call, List<SelectionOffer> offers, boolean moved) {
        if (offers.isEmpty()) {
            return;
        }
        Map<UUID, Application> applications = Application.<Application>list("id in ?1", offers.stream().map(o -> o.applicationId).toList()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<String, InterfaceLanguage> languages = profiles.languages(applications.values().stream().map(a -> a.applicantSubject).toList());
        ZoneId zone = ResultsService.zone(call);
        List<Runnable> sends = new ArrayList<>();
        for (SelectionOffer o : offers) {
            Application a = applications.get(o.applicationId);
            Messages m = Messages.of(languages.getOrDefault(a.applicantSubject, InterfaceLanguage.EN));
            Text text = moved ? movedText(call, o, a, zone, m) : resultText(call, o, a, zone, m);
            String to = a.applicantEmail;
            String what = (moved ? "the new offer for " : "the selection result for ") + a.receiptNumber;
            sends.add(() -> mailer.send(to, text, what));
        }
        afterCommit.run(() -> sends.forEach(Runnable::run));
    }

    static Text resultText(CallView call, SelectionOffer o, Application a, ZoneId zone, Messages m) {
        String title = title(call, m);
        StringBuilder body = new StringBuilder(m.text("mail.greeting", a.applicantName)).append("\n\n");
        switch (o.status) {
            case PLACED -> body.append(m.text("mail.result.placed", title, partner(call, o.partnerId, m), o.preference)).append("\n\n")
                    .append(m.text("mail.result.respond", ApplicationMailText.at(o.respondBy, zone, m)));
            case RESERVE -> body.append(m.text("mail.result.reserve", title, o.reservePosition));
            case NOT_SELECTED -> body.append(m.text("mail.result.notSelected", title));
            case INCOMPLETE, DECLINED -> body.append(m.text("mail.result.incomplete", title));
        }
        body.append("\n\n");
        if (o.rank != null) {
            body.append(m.text("mail.result.rank", o.rank, o.total == null ? "" : o.total.setScale(2, RoundingMode.HALF_UP).toPlainString()))
                    .append('\n');
        }
        body.append(m.text("mail.result.details")).append('\n');
        return new Text(m.text("mail.result.subject", title), body.toString());
    }

    static Text movedText(CallView call, SelectionOffer o, Application a, ZoneId zone, Messages m) {
        String title = title(call, m);
        String body = m.text("mail.greeting", a.applicantName) + "\n\n"
                + m.text("mail.result.moved", title, partner(call, o.partnerId, m), o.preference) + "\n\n"
                + m.text("mail.result.respond", ApplicationMailText.at(o.respondBy, zone, m)) + "\n\n"
                + m.text("mail.result.details") + '\n';
        return new Text(m.text("mail.result.moved.subject", title), body);
    }

    private static String title(CallView call, Messages m) {
        return call.title().getOrDefault(m.language().code(), call.title().get("en"));
    }

    private static String partner(CallView call, UUID id, Messages m) {
        return call.places().stream().map(PlaceView::partner).filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.otherNames().getOrDefault(m.language().code(), p.name())).orElse(String.valueOf(id));
    }
}
