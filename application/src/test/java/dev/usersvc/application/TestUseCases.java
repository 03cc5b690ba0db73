package dev.usersvc.application;

import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.user.Login;
import dev.usersvc.application.user.Register;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.InMemoryAppRepository;
import dev.usersvc.domain.audit.InMemoryAuditLog;
import dev.usersvc.domain.enroll.InMemoryEnrollRepository;
import dev.usersvc.domain.login.InMemoryFailureCounterRepository;
import dev.usersvc.domain.login.ThrottlePolicy;
import dev.usersvc.domain.organization.InMemoryMembershipRepository;
import dev.usersvc.domain.organization.InMemoryOrganizationRepository;
import dev.usersvc.domain.otp.InMemoryOtpRepository;
import dev.usersvc.domain.otp.OtpPolicy;
import dev.usersvc.domain.otp.RecordingMailSender;
import dev.usersvc.domain.permit.InMemoryPermitRepository;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.token.InMemorySigningKeyRepository;
import dev.usersvc.domain.token.InMemoryTokenRepository;
import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.user.FixedPasswordHasher;
import dev.usersvc.domain.user.InMemoryContactRepository;
import dev.usersvc.domain.user.InMemoryUserRepository;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.ReservedSlugs;
import dev.usersvc.domain.user.Slug;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every real use case over fresh in-memory fakes, a {@link MutableClock} and {@link FakeTokens}. Tests read and
 * arrange the fakes through the public fields. {@link #bootstrapped()} has run bootstrap with admin {@code admin}.
 */
public final class TestUseCases {
    public static final Slug ADMIN_SLUG = new Slug("admin");
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "password-1";
    public static final AppHost APP = new AppHost("shop.example.com");
    public static final String DEVICE = "unknown";
    public static final String ADDRESS = "203.0.113.7";

    public final MutableClock clock = new MutableClock(Fixtures.T0);
    public final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    public final InMemoryContactRepository contacts = new InMemoryContactRepository();
    public final InMemoryEnrollRepository enrolls = new InMemoryEnrollRepository();
    public final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository();
    public final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    public final InMemoryUserRepository users = new InMemoryUserRepository(contacts, enrolls, tokens, memberships);
    public final InMemoryAppRepository apps = new InMemoryAppRepository();
    public final InMemoryPermitRepository permits = new InMemoryPermitRepository();
    public final InMemorySigningKeyRepository signingKeys = new InMemorySigningKeyRepository();
    public final InMemoryFailureCounterRepository failureCounters = new InMemoryFailureCounterRepository();
    public final FakeTokens fakeTokens = new FakeTokens(clock);
    public final InMemoryOtpRepository otps = new InMemoryOtpRepository();
    public final RecordingMailSender mail = new RecordingMailSender();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    /** The settings every use-case and REST test runs with; OTP test mode returns codes. */
    public static final Settings SETTINGS = new Settings(
            new TokenPolicy(Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofSeconds(10)),
            new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new ThrottlePolicy(50, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new ReservedSlugs(Set.of()),
            new OtpPolicy(Duration.ofMinutes(10), 5, new ThrottlePolicy(5, Duration.ofMinutes(15),
                    Duration.ofMinutes(15)), true, "User Svc", "no-reply@example.com"));
    public final Settings settings = SETTINGS;
    public final UseCases useCases;

    private TestUseCases() {
        Ports ports = new Ports(users, contacts, apps, tokens, signingKeys, permits, enrolls, failureCounters,
                new InMemoryTransactions(), new FixedPasswordHasher(), fakeTokens, fakeTokens, fakeTokens, users,
                apps, otps, mail, organizations, memberships, auditLog);
        useCases = UseCases.create(ports, settings, clock);
    }

    /** An empty store: bootstrap has not run, so there are no permits, admin or apps. */
    public static TestUseCases fresh() {
        return new TestUseCases();
    }

    /** Bootstrap has run with admin {@code admin} / {@value #ADMIN_PASSWORD}. */
    public static TestUseCases bootstrapped() {
        TestUseCases world = new TestUseCases();
        world.useCases.bootstrap().handle(
                new Bootstrap.Command(ADMIN_SLUG, Optional.of(new Password(ADMIN_PASSWORD))));
        return world;
    }

    /** Registers {@code slug} with password {@value #PASSWORD} in {@link #APP}. */
    public IssuedToken register(String slug) {
        return useCases.register().handle(new Register.Command(APP, new Slug(slug), "Name of " + slug,
                new Password(PASSWORD), DEVICE, Optional.empty()));
    }

    public IssuedToken login(String slug, String password) {
        return useCases.login().handle(new Login.Command(APP, Optional.of(new Slug(slug)), Optional.empty(),
                new Password(password), DEVICE, ADDRESS));
    }

    public Caller loginAdmin() {
        return callerOf(login(ADMIN_SLUG.value(), ADMIN_PASSWORD));
    }

    /** Registers {@code slug} and returns it as a caller. */
    public Caller registered(String slug) {
        return callerOf(register(slug));
    }

    /** What the REST adapter does with a bearer token. */
    public Caller callerOf(IssuedToken issued) {
        return useCases.authenticate().handle(issued.token().jwt());
    }

    /** Grants {@code permission} to the slug in every app, as a saved permit would, and reloads the index. */
    public void grantToSlug(String permission, String slug) {
        permits.save(new Permit(PermitId.random(), AppId.ALL, new Permission(permission), List.of(), List.of(slug),
                clock.instant(), clock.instant()));
        useCases.permissions().refreshIfChanged();
    }
}
