package dev.usersvc.application.dashboard;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The platform at a glance, for the console's dashboard: how many users, service accounts, organizations, permits
 * and live tokens there are, and the latest audit events. Every figure is a COUNT the stores answer from an index,
 * so the page costs the same at a million users. Needs {@code user-svc:user:view} (FORBIDDEN otherwise), which
 * out of the box only platform admins hold; the events come only with {@code user-svc:audit:view}.
 */
public final class ReadDashboard {
    public static final int LATEST_EVENTS = 10;

    /** {@code latestEvents} is empty when the caller may not read the audit log. */
    public record Figures(long users, long serviceAccounts, long organizations, long permits, long activeTokens,
                          Optional<List<AuditEvent>> latestEvents) {
    }

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final PermitRepository permits;
    private final TokenRepository tokens;
    private final AuditLog auditLog;
    private final Permissions permissions;
    private final Clock clock;

    public ReadDashboard(UserRepository users, OrganizationRepository organizations, PermitRepository permits,
                         TokenRepository tokens, AuditLog auditLog, Permissions permissions, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.permits = permits;
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Figures handle(Caller caller) {
        permissions.require(caller, BuiltInPermissions.USER_VIEW);
        Optional<List<AuditEvent>> events = permissions.allows(caller, BuiltInPermissions.AUDIT_VIEW)
                ? Optional.of(auditLog.list(AuditQuery.firstPage(LATEST_EVENTS)).items())
                : Optional.empty();
        return new Figures(users.countByType(UserType.HUMAN), users.countByType(UserType.SERVICE),
                organizations.count(), permits.count(), tokens.countLive(clock.instant()), events);
    }
}
