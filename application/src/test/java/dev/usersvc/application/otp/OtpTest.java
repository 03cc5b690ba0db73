package dev.usersvc.application.otp;

import static dev.usersvc.application.TestUseCases.ADDRESS;
import static dev.usersvc.application.TestUseCases.APP;
import static dev.usersvc.application.TestUseCases.DEVICE;
import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.user.Login;
import dev.usersvc.application.user.NewContact;
import dev.usersvc.application.user.Register;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.FixedPasswordHasher;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OtpTest {
    private static final ContactId ADA_MAIL = new ContactId("ada@example.com");

    private final TestUseCases world = TestUseCases.bootstrapped();

    private SendOtp.Result send(ContactId contact) {
        return world.useCases.sendOtp().handle(new SendOtp.Command(APP, contact, "email"));
    }

    private IssuedToken registerWith(OtpProof proof) {
        return world.useCases.register().handle(new Register.Command(APP, new Slug("ada"), "Ada",
                new Password(PASSWORD), DEVICE, Optional.of(new NewContact(ADA_MAIL, "email", "", false, true)),
                Optional.of(proof)));
    }

    private Login.Command otpLogin(OtpProof proof) {
        return new Login.Command(APP, Optional.empty(), Optional.of(ADA_MAIL), Optional.empty(), Optional.of(proof),
                DEVICE, ADDRESS);
    }

    private Contact adaContact() {
        return world.contacts.findById(ADA_MAIL).orElseThrow();
    }

    @Test
    void mailsASixDigitCodeAndStoresOnlyItsHash() {
        SendOtp.Result sent = send(ADA_MAIL);

        assertThat(sent.code()).hasValueSatisfying(code -> assertThat(code).matches("[0-9]{6}"));
        assertThat(world.mail.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("ada@example.com");
            assertThat(mail.body()).contains(sent.code().orElseThrow());
        });
        // what is stored is the hasher's output (argon2id in production), never the code itself
        assertThat(world.otps.findById(sent.otpId()).orElseThrow().codeHash())
                .isEqualTo(new FixedPasswordHasher().hash(new Password(sent.code().orElseThrow())))
                .extracting(hash -> hash.encoded()).isNotEqualTo(sent.code().orElseThrow());
    }

    @Test
    void refusesPlatformsOtherThanEmail() {
        assertThat(kindOf(() -> world.useCases.sendOtp().handle(new SendOtp.Command(APP, ADA_MAIL, "sms"))))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(world.mail.sent()).isEmpty();
    }

    @Test
    void throttlesSendingToOneContact() {
        for (int i = 0; i < 5; i++) {
            send(ADA_MAIL);
        }
        assertThat(kindOf(() -> send(ADA_MAIL))).isEqualTo(ErrorKind.TOO_MANY_ATTEMPTS);
        assertThat(world.mail.sent()).hasSize(5);
    }

    @Test
    void registeringWithTheCodeVerifiesTheContact() {
        SendOtp.Result sent = send(ADA_MAIL);

        registerWith(new OtpProof(sent.otpId(), sent.code().orElseThrow()));

        assertThat(adaContact().verified()).isTrue();
    }

    @Test
    void aWrongCodeRegistersNothing() {
        SendOtp.Result sent = send(ADA_MAIL);

        assertThat(kindOf(() -> registerWith(new OtpProof(sent.otpId(), "000000x"))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.users.findBySlug(new Slug("ada"))).isEmpty();
    }

    @Test
    void aCodeWorksOnceAndOnlyForItsContact() {
        SendOtp.Result forBob = send(new ContactId("bob@example.com"));
        assertThat(kindOf(() -> registerWith(new OtpProof(forBob.otpId(), forBob.code().orElseThrow()))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);

        SendOtp.Result sent = send(ADA_MAIL);
        OtpProof proof = new OtpProof(sent.otpId(), sent.code().orElseThrow());
        registerWith(proof);
        assertThat(kindOf(() -> world.useCases.login().handle(otpLogin(proof)))).isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void aCodeExpires() {
        SendOtp.Result sent = send(ADA_MAIL);
        world.clock.advance(Duration.ofMinutes(11));

        assertThat(kindOf(() -> registerWith(new OtpProof(sent.otpId(), sent.code().orElseThrow()))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
    }

    @Test
    void aCodeDiesAfterFiveWrongAttempts() {
        SendOtp.Result sent = send(ADA_MAIL);
        for (int i = 0; i < 5; i++) {
            assertThat(kindOf(() -> registerWith(new OtpProof(sent.otpId(), "wrong")))).isEqualTo(
                    ErrorKind.UNAUTHENTICATED);
        }

        assertThat(kindOf(() -> registerWith(new OtpProof(sent.otpId(), sent.code().orElseThrow()))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(world.otps.findById(sent.otpId()).orElseThrow().attempts()).isEqualTo(5);
    }

    @Test
    void loggingInWithACodeVerifiesAnUnverifiedContact() {
        world.useCases.register().handle(new Register.Command(APP, new Slug("ada"), "Ada", new Password(PASSWORD),
                DEVICE, Optional.of(new NewContact(ADA_MAIL, "email", "", false, true))));
        assertThat(adaContact().verified()).isFalse();
        SendOtp.Result sent = send(ADA_MAIL);

        IssuedToken issued = world.useCases.login().handle(otpLogin(new OtpProof(sent.otpId(),
                sent.code().orElseThrow())));

        assertThat(world.callerOf(issued).slug()).isEqualTo("ada");
        assertThat(adaContact().verified()).isTrue();
    }

    @Test
    void anUnknownOtpFailsLikeAWrongPassword() {
        world.useCases.register().handle(new Register.Command(APP, new Slug("ada"), "Ada", new Password(PASSWORD),
                DEVICE, Optional.of(new NewContact(ADA_MAIL, "email", "", false, true))));

        assertThat(kindOf(() -> world.useCases.login().handle(otpLogin(new OtpProof(OtpId.random(), "123456")))))
                .isEqualTo(ErrorKind.UNAUTHENTICATED);
        assertThat(adaContact().verified()).isFalse();
    }
}
