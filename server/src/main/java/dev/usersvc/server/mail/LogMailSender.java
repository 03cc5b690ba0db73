package dev.usersvc.server.mail;

import dev.usersvc.domain.otp.Mail;
import dev.usersvc.domain.otp.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default mail "delivery": the message goes to the log, for development and for operators without a mail
 * server. It carries one-time codes, so it logs under its own logger, which production turns off by configuring
 * real delivery.
 */
public final class LogMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailSender.class);

    @Override
    public void send(Mail mail) {
        LOG.info("mail to {} from {} <{}>, subject \"{}\": {}", mail.to(), mail.fromName(), mail.fromEmail(),
                mail.subject(), mail.body());
    }
}
