package dev.usersvc.server;

import dev.usersvc.application.Ports;
import dev.usersvc.application.Settings;
import dev.usersvc.application.UseCases;
import dev.usersvc.domain.login.ThrottlePolicy;
import dev.usersvc.domain.otp.MailSender;
import dev.usersvc.domain.otp.OtpPolicy;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.user.ReservedSlugs;
import dev.usersvc.persistence.JdbiStorage;
import dev.usersvc.persistence.app.CachingAppRepository;
import dev.usersvc.persistence.crypto.Argon2PasswordHasher;
import dev.usersvc.persistence.user.CachingUserRepository;
import dev.usersvc.rest.token.CachingTokenVerifier;
import dev.usersvc.rest.token.JwtTokens;
import dev.usersvc.server.mail.LogMailSender;
import dev.usersvc.server.mail.SmtpMailSender;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Builds the ports and use cases from one Jdbi and the configuration; shared by the server and its commands. */
public record Wiring(UseCases useCases, JwtTokens jwtTokens, ConsoleSessionRepository consoleSessions) {

    public static Wiring create(Jdbi jdbi, UserSvcConfiguration config, Clock clock) {
        JdbiStorage storage = new JdbiStorage(jdbi);
        UserSvcConfiguration.Tokens tokens = config.tokens();
        JwtTokens jwtTokens = new JwtTokens(storage.signingKeys(), clock, tokens.issuer(),
                duration(tokens.refreshWindow()));
        Duration lookupTtl = duration(config.lookupCacheTtl());
        Ports ports = new Ports(storage.users(), storage.contacts(), storage.apps(), storage.tokens(),
                storage.signingKeys(), storage.permits(), storage.enrolls(), storage.failureCounters(),
                storage.transactions(), new Argon2PasswordHasher(), jwtTokens,
                new CachingTokenVerifier(jwtTokens, clock, tokens.verifiedCacheSize()), jwtTokens,
                new CachingUserRepository(storage.users(), lookupTtl),
                new CachingAppRepository(storage.apps(), lookupTtl), storage.otps(), mailSender(config.otp().mail()),
                storage.organizations(), storage.memberships(), storage.auditLog());
        UseCases useCases = UseCases.create(ports, settings(config), clock);
        return new Wiring(useCases, jwtTokens, storage.consoleSessions());
    }

    private static Settings settings(UserSvcConfiguration config) {
        UserSvcConfiguration.Tokens tokens = config.tokens();
        UserSvcConfiguration.Throttle throttle = config.loginThrottle();
        UserSvcConfiguration.Otp otp = config.otp();
        Set<String> reserved = new HashSet<>(config.reservedSlugs());
        reserved.add(config.bootstrap().adminSlug());
        return new Settings(
                new TokenPolicy(duration(tokens.lifetime()), duration(tokens.refreshWindow()),
                        duration(tokens.refreshGrace())),
                new ThrottlePolicy(throttle.maxFailuresPerAccount(), duration(throttle.window()),
                        duration(throttle.blockFor())),
                new ThrottlePolicy(throttle.maxFailuresPerAddress(), duration(throttle.window()),
                        duration(throttle.blockFor())),
                new ReservedSlugs(reserved),
                new OtpPolicy(duration(otp.expiry()), otp.maxAttempts(),
                        new ThrottlePolicy(otp.maxSendsPerContact(), duration(otp.sendWindow()),
                                duration(otp.sendWindow())),
                        otp.testMode(), otp.fromName(), otp.fromEmail()));
    }

    private static MailSender mailSender(UserSvcConfiguration.Mail mail) {
        UserSvcConfiguration.Smtp smtp = mail.smtp();
        return switch (mail.type()) {
            case LOG -> new LogMailSender();
            case SMTP -> new SmtpMailSender(new SmtpMailSender.Settings(smtp.host(), smtp.port(), smtp.username(),
                    smtp.password(), smtp.startTls(), smtp.ssl(), duration(smtp.connectTimeout()),
                    duration(smtp.readTimeout())));
        };
    }

    static Duration duration(io.dropwizard.util.Duration duration) {
        return Duration.ofMillis(duration.toMilliseconds());
    }
}
