package dev.usersvc.persistence;

import dev.usersvc.application.Transactions;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.persistence.app.JdbiAppRepository;
import dev.usersvc.persistence.audit.JdbiAuditLog;
import dev.usersvc.persistence.enroll.JdbiEnrollRepository;
import dev.usersvc.persistence.login.JdbiFailureCounterRepository;
import dev.usersvc.persistence.organization.JdbiMembershipRepository;
import dev.usersvc.persistence.organization.JdbiOrganizationRepository;
import dev.usersvc.persistence.otp.JdbiOtpRepository;
import dev.usersvc.persistence.permit.JdbiPermitRepository;
import dev.usersvc.persistence.session.JdbiConsoleSessionRepository;
import dev.usersvc.persistence.token.JdbiSigningKeyRepository;
import dev.usersvc.persistence.token.JdbiTokenRepository;
import dev.usersvc.persistence.user.JdbiContactRepository;
import dev.usersvc.persistence.user.JdbiUserRepository;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Every repository of the service, built over one {@link Jdbi}. */
public final class JdbiStorage {
    private final UserRepository users;
    private final ContactRepository contacts;
    private final AppRepository apps;
    private final TokenRepository tokens;
    private final SigningKeyRepository signingKeys;
    private final PermitRepository permits;
    private final EnrollRepository enrolls;
    private final FailureCounterRepository failureCounters;
    private final OtpRepository otps;
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final AuditLog auditLog;
    private final ConsoleSessionRepository consoleSessions;

    public JdbiStorage(Jdbi jdbi) {
        configure(jdbi);
        this.users = new JdbiUserRepository(jdbi);
        this.contacts = new JdbiContactRepository(jdbi);
        this.apps = new JdbiAppRepository(jdbi);
        this.tokens = new JdbiTokenRepository(jdbi);
        this.signingKeys = new JdbiSigningKeyRepository(jdbi);
        this.permits = new JdbiPermitRepository(jdbi);
        this.enrolls = new JdbiEnrollRepository(jdbi);
        this.failureCounters = new JdbiFailureCounterRepository(jdbi);
        this.otps = new JdbiOtpRepository(jdbi);
        this.transactions = new JdbiTransactions(jdbi);
        this.organizations = new JdbiOrganizationRepository(jdbi);
        this.memberships = new JdbiMembershipRepository(jdbi);
        this.auditLog = new JdbiAuditLog(jdbi);
        this.consoleSessions = new JdbiConsoleSessionRepository(jdbi);
    }

    /**
     * Installs the SQL object plugin, keeps bound values out of exception messages, and maps {@link Instant} through {@link OffsetDateTime} in UTC, so that
     * {@code timestamp with time zone} values round-trip the same on H2 and PostgreSQL whatever the JVM's zone.
     * Safe to call more than once.
     */
    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // statement errors reach the log: never with bound values, which include password hashes and tokens
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (results, column, context) -> {
            OffsetDateTime value = results.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
        return jdbi;
    }

    public UserRepository users() {
        return users;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public AppRepository apps() {
        return apps;
    }

    public TokenRepository tokens() {
        return tokens;
    }

    public SigningKeyRepository signingKeys() {
        return signingKeys;
    }

    public PermitRepository permits() {
        return permits;
    }

    public EnrollRepository enrolls() {
        return enrolls;
    }

    public FailureCounterRepository failureCounters() {
        return failureCounters;
    }

    public OtpRepository otps() {
        return otps;
    }

    public Transactions transactions() {
        return transactions;
    }

    public OrganizationRepository organizations() {
        return organizations;
    }

    public MembershipRepository memberships() {
        return memberships;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ConsoleSessionRepository consoleSessions() {
        return consoleSessions;
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }
}
