package org.mobilitydesk.application;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mobilitydesk.applicant.ProfileService;
import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.CallChanged;
import org.mobilitydesk.call.CallService;
import org.mobilitydesk.common.InterfaceLanguage;
import org.mobilitydesk.common.Messages;

/**
 * Tells applicants when a call they applied to changes after publication: a CALL_CHANGED entry with the coordinator's
 * reason in the timeline of each of the call's applications that is not withdrawn (in the change's transaction), and an
 * e-mail to those who submitted (after it commits).
 */
@ApplicationScoped
public class CallChangeListener {

    private static final int MAX_DETAIL = 2000;

    @Inject
    CallService calls;
    @Inject
    AfterCommit afterCommit;
    @Inject
    ApplicationMailer mailer;
    @Inject
    ProfileService profiles;

    void onCallChanged(@Observes CallChanged change) {
        String reason = change.reason().length() > MAX_DETAIL ? change.reason().substring(0, MAX_DETAIL) : change.reason();
        Application.getEntityManager().createNativeQuery("""
                INSERT INTO application_event (application_id, at, actor, kind, detail)
                SELECT id, :at, :actor, 'CALL_CHANGED', :detail FROM application WHERE call_id = :call AND status <> 'WITHDRAWN'
                ORDER BY id""")
                .setParameter("at", Timestamp.from(change.at())).setParameter("actor", change.actor()).setParameter("detail", reason)
                .setParameter("call", change.callId()).executeUpdate();
        List<Application> submitted = Application.list("callId = ?1 and status = ?2", change.callId(), ApplicationStatus.SUBMITTED);
        if (submitted.isEmpty()) {
            return;
        }
        ApplicantCall call = calls.forApplicants(change.callId(), change.at()).orElseThrow();
        ZoneId zone = call.zone();
        Map<String, InterfaceLanguage> languages = profiles.languages(submitted.stream().map(a -> a.applicantSubject).toList());
        List<Runnable> mails = submitted.stream().map(a -> {
            InterfaceLanguage language = languages.getOrDefault(a.applicantSubject, InterfaceLanguage.EN);
            ApplicationMailText.Text text = ApplicationMailText.callChanged(a.applicantName, call.title(language), a.receiptNumber,
                    change.reason(), change.changedFields(), change.at(), zone, Messages.of(language));
            String to = a.applicantEmail;
            String what = "the change of call " + call.id() + " for " + a.receiptNumber;
            return (Runnable) () -> mailer.send(to, text, what);
        }).toList();
        afterCommit.run(() -> mails.forEach(Runnable::run));
    }

}
