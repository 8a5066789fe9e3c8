package org.mobilitydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mobilitydesk.application.ApplicationMailText.Text;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/** Sends applicants' e-mails without waiting for the mail server; a failure is logged and changes nothing stored. */
@ApplicationScoped
public class ApplicationMailer {

    private static final Logger LOG = Logger.getLogger(ApplicationMailer.class);

    @Inject
    ReactiveMailer mailer;

    public void send(String to, Text text, String what) {
        if (to == null || to.isBlank()) {
            LOG.warnf("No e-mail address for %s: not sent", what);
            return;
        }
        mailer.send(Mail.withText(to, text.subject(), text.body())).subscribe().with(
                ok -> LOG.debugf("Sent %s", what),
                failure -> LOG.errorf(failure, "Could not send %s", what));
    }
}
