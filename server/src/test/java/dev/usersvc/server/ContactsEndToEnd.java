package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-time codes that verify contacts, enrolls waiting for a verified contact, and the anonymous subject. */
abstract class ContactsEndToEnd extends EndToEnd {
    private JsonNode sendOtp(String email) {
        Reply reply = api().post("/user-svc/otp/send", null, obj("appHost", "test.app", "contactId", email,
                "contactPlatform", "email"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String adminToken() {
        return admin().token();
    }

    private static List<String> roles(Reply login) {
        return roles(login.json().path("token").path("token").asText());
    }

    @Test
    void sendOtpMailsACodeThatVerifiesTheContactAtRegistration() {
        String email = unique("ada") + "@example.com";
        JsonNode sent = sendOtp(email);
        assertThat(sent.path("otpId").asText()).startsWith("otp_");
        assertThat(sent.path("code").asText()).matches("[0-9]{6}");
        assertThat(sent.path("body").asText()).contains(sent.path("code").asText());

        Reply registered = api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", unique("ada"),
                "password", PASSWORD, "contact", obj("id", email, "platform", "email",
                        "otpId", sent.path("otpId").asText(), "otpCode", sent.path("code").asText())));

        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        JsonNode self = api().post("/user-svc/self", registered.json().path("token").path("token").asText(), obj())
                .json();
        assertThat(self.path("contacts").get(0).path("id").asText()).isEqualTo(email);
        assertThat(self.path("contacts").get(0).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aWrongOrUsedCodeIsRefusedAndRegistersNothing() {
        String email = unique("bob") + "@example.com";
        String slug = unique("bob");
        JsonNode sent = sendOtp(email);
        Reply wrong = api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug,
                "password", PASSWORD, "contact", obj("id", email, "platform", "email",
                        "otpId", sent.path("otpId").asText(), "otpCode", "000000-wrong")));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("contact verification failed");
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", slug,
                "password", PASSWORD)).status()).isEqualTo(401);

        JsonNode contact = obj("id", email, "platform", "email", "otpId", sent.path("otpId").asText(),
                "otpCode", sent.path("code").asText());
        assertThat(api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug,
                "password", PASSWORD, "contact", contact)).status()).isEqualTo(200);
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "contact", contact)).status())
                .isEqualTo(401);
    }

    @Test
    void sendOtpRefusesBadInput() {
        assertThat(api().post("/user-svc/otp/send", null, obj("appHost", "test.app", "contactId", "x@example.com",
                "contactPlatform", "sms")).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/otp/send", null, obj("appHost", "test.app", "contactPlatform", "email"))
                .error()).isEqualTo("contactId is required");
        assertThat(api().post("/user-svc/otp/send", null, obj("contactId", "x@example.com",
                "contactPlatform", "email")).error()).isEqualTo("appHost is required");
    }

    @Test
    void anEnrollByContactWaitsUntilAnOtpLoginVerifiesTheContact() {
        String email = unique("cy") + "@example.com";
        String role = unique("shop") + "-svc:vip";
        assertThat(api().put("/user-svc/enrolls", adminToken(), obj("enrolls", List.of(obj("role", role,
                "contactId", email, "appHost", "*")))).status()).isEqualTo(200);

        String slug = unique("cy");
        Reply registered = api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug,
                "password", PASSWORD, "contact", obj("id", email, "platform", "email")));
        assertThat(roles(registered)).doesNotContain(role); // unverified: the enroll is not claimed

        JsonNode sent = sendOtp(email);
        Reply otpLogin = api().post("/user-svc/login", null, obj("appHost", "other.app", "contact", obj("id", email,
                "platform", "email", "otpId", sent.path("otpId").asText(), "otpCode", sent.path("code").asText())));

        assertThat(otpLogin.status()).as(otpLogin.body()).isEqualTo(200);
        assertThat(roles(otpLogin)).contains(role);
    }

    @Test
    void hasPermissionWithoutATokenAnswersForTheAnonymousSubject() {
        String permission = unique("catalog") + "-svc:item:read";
        assertThat(api().post("/user-svc/self/has/" + permission, null, null).json().path("authorized")
                .asBoolean()).isFalse();

        assertThat(api().put("/user-svc/permits", adminToken(), obj("permits", List.of(obj("permission", permission,
                "roles", List.of("user-svc:anonymous"), "appHost", "*")))).status()).isEqualTo(200);

        Reply anonymous = api().post("/user-svc/self/has/" + permission, null, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("authorized").asBoolean()).isTrue();
        assertThat(anonymous.json().path("user").path("slug").asText()).isEqualTo("anonymous");
        assertThat(api().post("/user-svc/self/has/" + permission, "forged", null).status()).isEqualTo(401);
    }
}
