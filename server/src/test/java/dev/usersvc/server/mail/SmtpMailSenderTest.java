package dev.usersvc.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.usersvc.domain.otp.Mail;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailSenderTest {
    private static final String LOOPBACK = "127.0.0.1";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "mailer-secret"));

    @Test
    void deliversAPlainTextMessageToTheRecipient() throws Exception {
        sender(SMTP.getSmtp().getPort(), "", "").send(mail("ada@example.com", "text/plain", "Your code is 123456."));

        MimeMessage received = onlyReceived();
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("ada@example.com"));
        assertThat(received.getSubject()).isEqualTo("Your one-time password");
        assertThat(GreenMailUtil.getBody(received)).isEqualTo("Your code is 123456.");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@example.com");
        assertThat(from.getPersonal()).isEqualTo("User Svc");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    }

    @Test
    void deliversAnHtmlBodyAsHtml() throws Exception {
        sender(SMTP.getSmtp().getPort(), "", "").send(mail("bo@example.com", "text/html", "<p>Code 654321</p>"));

        MimeMessage received = onlyReceived();
        assertThat(received.getContentType()).startsWith("text/html");
        assertThat(GreenMailUtil.getBody(received)).isEqualTo("<p>Code 654321</p>");
    }

    @Test
    void logsInWithTheConfiguredUser() throws Exception {
        sender(SMTP.getSmtp().getPort(), "mailer", "mailer-secret")
                .send(mail("cy@example.com", "text/plain", "Code 111111"));

        assertThat(onlyReceived().getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("cy@example.com"));
    }

    @Test
    void failsWhenTheServerRejectsTheLogin() {
        SmtpMailSender sender = sender(SMTP.getSmtp().getPort(), "mailer", "wrong-secret");

        assertThatThrownBy(() -> sender.send(mail("di@example.com", "text/plain", "Code 222222")))
                .isInstanceOf(MailDeliveryException.class)
                .hasCauseInstanceOf(AuthenticationFailedException.class)
                .hasMessageNotContaining("wrong-secret");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesSeveralRecipientsInOneContact() {
        SmtpMailSender sender = sender(SMTP.getSmtp().getPort(), "", "");

        assertThatThrownBy(() -> sender.send(mail("ed@example.com, eve@example.com", "text/plain", "Code 333333")))
                .isInstanceOf(MailDeliveryException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiresStartTlsByDefaultRatherThanSendingInClear() {
        SmtpMailSender sender = new SmtpMailSender(new SmtpMailSender.Settings(LOOPBACK, SMTP.getSmtp().getPort(),
                "", "", true, false, Duration.ofSeconds(2), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> sender.send(mail("fi@example.com", "text/plain", "Code 444444")))
                .isInstanceOf(MailDeliveryException.class)
                .cause().hasMessageContaining("STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void failsFastWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailSender sender = sender(closedPort, "", "");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> sender.send(mail("gus@example.com", "text/plain", "Code 555555")))
                        .isInstanceOf(MailDeliveryException.class)
                        .hasMessageContaining("gus@example.com")
                        .hasMessageNotContaining("555555"));
    }

    @Test
    void givesUpOnAServerThatNeverAnswersWithinTheReadTimeout() throws IOException {
        // The kernel completes the TCP handshake from the backlog, but no greeting ever comes.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            SmtpMailSender sender = new SmtpMailSender(new SmtpMailSender.Settings(LOOPBACK, silent.getLocalPort(),
                    "", "", false, false, Duration.ofMillis(500), Duration.ofMillis(500)));

            assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                    assertThatThrownBy(() -> sender.send(mail("hal@example.com", "text/plain", "Code 666666")))
                            .isInstanceOf(MailDeliveryException.class));
        }
    }

    @Test
    void rejectsSettingsWithoutAHost() {
        assertThatThrownBy(() -> new SmtpMailSender.Settings(" ", 587, "", "", true, false, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsThePasswordOutOfTheSettingsText() {
        SmtpMailSender.Settings settings = new SmtpMailSender.Settings("smtp.example.com", 587, "mailer", "s3cret",
                true, false, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(settings.toString()).contains("smtp.example.com").doesNotContain("s3cret");
    }

    private static SmtpMailSender sender(int port, String username, String password) {
        // startTls off: GreenMail's plain SMTP port is what these tests talk to.
        return new SmtpMailSender(new SmtpMailSender.Settings(LOOPBACK, port, username, password, false, false,
                Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    private static Mail mail(String to, String contentType, String body) {
        return new Mail(to, "Your one-time password", body, contentType, "User Svc", "no-reply@example.com");
    }

    private static MimeMessage onlyReceived() {
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
