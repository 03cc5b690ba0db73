package dev.usersvc.domain.otp;

import java.util.ArrayList;
import java.util.List;

/** Keeps what it was asked to send, so tests can read the code a user would have received. */
public final class RecordingMailSender implements MailSender {
    private final List<Mail> sent = new ArrayList<>();

    @Override
    public synchronized void send(Mail mail) {
        sent.add(mail);
    }

    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }
}
