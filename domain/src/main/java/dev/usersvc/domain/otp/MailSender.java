package dev.usersvc.domain.otp;

/** Delivers mail. Fails with an unchecked exception when the message could not be handed over. */
public interface MailSender {
    void send(Mail mail);
}
