package dev.usersvc.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.rest.error.ErrorResponse;
import dev.usersvc.server.UserSvcConfiguration;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailConfigurationTest {

    @Test
    void deliversToTheLogUnlessToldOtherwise() throws Exception {
        UserSvcConfiguration config = load("otp: {}");

        assertThat(config.otp().mail().type()).isEqualTo(UserSvcConfiguration.Mail.Type.LOG);
        assertThat(config.otp().mail().smtp().port()).isEqualTo(587);
        assertThat(config.otp().mail().smtp().startTls()).isTrue();
    }

    @Test
    void readsSmtpSettingsWithALowercaseType() throws Exception {
        UserSvcConfiguration config = load("""
                otp:
                  fromEmail: no-reply@example.com
                  mail:
                    type: smtp
                    smtp: {host: smtp.example.com, port: 465, ssl: true, username: mailer, password:}
                """);

        UserSvcConfiguration.Smtp smtp = config.otp().mail().smtp();
        assertThat(config.otp().mail().type()).isEqualTo(UserSvcConfiguration.Mail.Type.SMTP);
        assertThat(smtp.host()).isEqualTo("smtp.example.com");
        assertThat(smtp.port()).isEqualTo(465);
        assertThat(smtp.ssl()).isTrue();
        assertThat(smtp.password()).isEmpty(); // an unset ${USERSVC_SMTP_PASSWORD:-} arrives as null
    }

    @Test
    void refusesToStartWithSmtpButNoHost() {
        assertThatThrownBy(() -> load("""
                otp:
                  fromEmail: no-reply@example.com
                  mail: {type: smtp, smtp: {host: }}
                """))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("otp.mail.smtp.host is required when otp.mail.type is smtp");
    }

    @Test
    void refusesToStartWithSmtpButNoSenderAddress() {
        assertThatThrownBy(() -> load("otp: {mail: {type: smtp, smtp: {host: smtp.example.com}}}"))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("otp.fromEmail is required when otp.mail.type is smtp");
    }

    @Test
    void answersAFailedDeliveryWith503AndNoDetail() {
        Response response = new MailDeliveryExceptionMapper().toResponse(
                new MailDeliveryException("mail to ada@example.com could not be handed to smtp:587", null));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getEntity()).isEqualTo(new ErrorResponse("the code could not be sent"));
    }

    private static UserSvcConfiguration load(String yaml) throws Exception {
        return new YamlConfigurationFactory<>(UserSvcConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw")
                .build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "config.yml");
    }
}
