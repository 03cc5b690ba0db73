package dev.usersvc.application.otp;

import dev.usersvc.application.app.AppResolver;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.TooManyAttemptsException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.login.FailureCounter;
import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.otp.Mail;
import dev.usersvc.domain.otp.MailSender;
import dev.usersvc.domain.otp.Otp;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.otp.OtpPolicy;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a six-digit code to an e-mail contact, to prove it belongs to the caller (register or log in with it).
 * Only the code's hash is stored. Sending to one contact is throttled (TOO_MANY_ATTEMPTS); platforms other than
 * e-mail are INVALID_INPUT. In test mode the result carries the code and the message, as the contract describes.
 */
public final class SendOtp {
    public static final String EMAIL = "email";

    public record Command(AppHost appHost, ContactId contactId, String platform) {
    }

    /** {@code code} and {@code mail} are present in test mode only. */
    public record Result(OtpId otpId, Optional<String> code, Optional<Mail> mail) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OtpRepository otps;
    private final FailureCounterRepository counters;
    private final PasswordHasher hasher;
    private final MailSender mailSender;
    private final AppResolver appResolver;
    private final OtpPolicy policy;
    private final Clock clock;

    public SendOtp(OtpRepository otps, FailureCounterRepository counters, PasswordHasher hasher,
                   MailSender mailSender, AppResolver appResolver, OtpPolicy policy, Clock clock) {
        this.otps = otps;
        this.counters = counters;
        this.hasher = hasher;
        this.mailSender = mailSender;
        this.appResolver = appResolver;
        this.policy = policy;
        this.clock = clock;
    }

    public Result handle(Command command) {
        if (!EMAIL.equals(command.platform())) {
            throw DomainException.invalid("only the email platform can receive codes");
        }
        Instant now = clock.instant();
        throttle(command.contactId(), now);
        App app = appResolver.getOrCreate(command.appHost());
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Otp otp = new Otp(OtpId.random(), app.id(), command.contactId(), command.platform(),
                hasher.hash(new Password(code)), now, now.plus(policy.expiry()), 0, Optional.empty());
        otps.insert(otp);
        Mail mail = new Mail(command.contactId().value(), "Your one-time password",
                "Your verification code is " + code + ". It expires in " + minutes(policy.expiry()) + ".",
                "text/plain", policy.fromName(), policy.fromEmail());
        try {
            mailSender.send(mail);
        } catch (RuntimeException e) {
            otps.markUsed(otp.id(), now); // a code nobody received must not stay usable
            throw e;
        }
        return policy.testMode() ? new Result(otp.id(), Optional.of(code), Optional.of(mail))
                : new Result(otp.id(), Optional.empty(), Optional.empty());
    }

    private void throttle(ContactId contactId, Instant now) {
        String key = "otp-send:" + contactId.value();
        FailureCounter counter = counters.find(key).orElseGet(() -> FailureCounter.first(key, now));
        if (counter.isBlockedAt(now)) {
            Duration wait = Duration.between(now, counter.blockedUntil().orElseThrow());
            throw new TooManyAttemptsException(wait.plusSeconds(1).withNanos(0));
        }
        counters.save(counter.afterFailure(now, policy.sendThrottle()));
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
