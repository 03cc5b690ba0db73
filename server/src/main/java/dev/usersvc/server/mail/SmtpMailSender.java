package dev.usersvc.server.mail;

import dev.usersvc.domain.otp.Mail;
import dev.usersvc.domain.otp.MailSender;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;

/**
 * Hands mail to an SMTP server through Jakarta Mail (Angus). A message the server does not accept, or a server that
 * cannot be reached within the timeouts, fails {@link #send} with {@link MailDeliveryException}.
 */
public final class SmtpMailSender implements MailSender {

    /** Where and how to connect. {@code ssl} is SMTPS (usually port 465); otherwise {@code startTls} applies. */
    public record Settings(String host, int port, String username, String password, boolean startTls,
                           boolean ssl, Duration connectTimeout, Duration readTimeout) {
        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("an SMTP host is required");
            }
        }

        boolean authenticates() {
            return username != null && !username.isEmpty();
        }

        @Override
        public String toString() {
            return "Settings[host=" + host + ", port=" + port + ", username=" + username + ", startTls=" + startTls
                    + ", ssl=" + ssl + "]"; // never the password
        }
    }

    private final Settings settings;
    private final Session session;

    public SmtpMailSender(Settings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings)); // not the JVM-wide default session
    }

    private static Properties properties(Settings settings) {
        String protocol = settings.ssl() ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", Integer.toString(settings.port()));
        properties.setProperty(prefix + "auth", Boolean.toString(settings.authenticates()));
        // Jakarta Mail waits forever by default; a send-otp request must not hang on a dead mail server.
        properties.setProperty(prefix + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(settings.readTimeout().toMillis()));
        if (settings.ssl()) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        } else if (settings.startTls()) {
            // Required, not just enabled: a server that drops STARTTLS must not get the code and password in clear.
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.fromEmail(), mail.fromName(), StandardCharsets.UTF_8.name()));
            // One strictly parsed address: a contact id with commas must not fan out to several recipients.
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name(), subtype(mail.contentType()));
            message.setSentDate(new Date());
            if (settings.authenticates()) {
                Transport.send(message, settings.username(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailDeliveryException("mail to " + mail.to() + " could not be handed to " + settings.host()
                    + ":" + settings.port(), e);
        }
    }

    private static String subtype(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html") ? "html" : "plain";
    }
}
