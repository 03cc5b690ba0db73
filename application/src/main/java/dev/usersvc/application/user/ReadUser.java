package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.token.DeviceTokens;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the console shows about one account, for someone who may view users ({@code user-svc:user:view},
 * FORBIDDEN otherwise; NOT_FOUND for an unknown id): the account, its roles by app (enrolls by user id and by
 * its verified contacts), its organizations, contacts, tokens by device and, when the caller may read the audit
 * log ({@code user-svc:audit:view}), the newest events it made or was the target of.
 */
public final class ReadUser {
    /** How many audit events the trail shows; the audit log pages through the rest. */
    public static final int TRAIL_LENGTH = 20;

    /** A role held in an app ({@link AppId#ALL} for every app), by user id or through a verified contact. */
    public record HeldRole(String role, AppId appId, String appHost, Optional<ContactId> byContact) {
    }

    /** A membership with what the console shows of its organization ("" when the organization is gone). */
    public record MemberOf(OrganizationId organizationId, String slug, String name, AppId appId, String appHost,
                           boolean active) {
    }

    /** {@code auditTrail} is empty when the caller may not read the audit log. */
    public record Result(User user, List<HeldRole> roles, List<MemberOf> organizations, List<Contact> contacts,
                         List<DeviceTokens> devices, Optional<List<AuditEvent>> auditTrail) {
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final EnrollRepository enrolls;
    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final AppRepository apps;
    private final TokenRepository tokens;
    private final AuditLog auditLog;
    private final Permissions permissions;
    private final Clock clock;

    public ReadUser(UserRepository users, ContactRepository contacts, EnrollRepository enrolls,
                    MembershipRepository memberships, OrganizationRepository organizations, AppRepository apps,
                    TokenRepository tokens, AuditLog auditLog, Permissions permissions, Clock clock) {
        this.users = users;
        this.contacts = contacts;
        this.enrolls = enrolls;
        this.memberships = memberships;
        this.organizations = organizations;
        this.apps = apps;
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Result handle(Caller caller, UserId userId) {
        permissions.require(caller, BuiltInPermissions.USER_VIEW);
        User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("user not found"));
        List<Contact> userContacts = contacts.findByUser(userId);
        Map<AppId, String> hosts = new HashMap<>();
        List<HeldRole> roles = new ArrayList<>();
        for (Enroll enroll : enrolls.list(new EnrollFilter(Optional.empty(), Optional.of(userId), Optional.empty(),
                Optional.empty()))) {
            roles.add(new HeldRole(enroll.role().value(), enroll.appId(), host(hosts, enroll.appId()),
                    Optional.empty()));
        }
        for (Contact contact : userContacts) {
            if (!contact.verified()) {
                continue; // an enroll by contact counts only once the contact is verified (decision 15)
            }
            for (Enroll enroll : enrolls.list(new EnrollFilter(Optional.empty(), Optional.empty(),
                    Optional.of(contact.id()), Optional.empty()))) {
                roles.add(new HeldRole(enroll.role().value(), enroll.appId(), host(hosts, enroll.appId()),
                        Optional.of(contact.id())));
            }
        }
        roles.sort(Comparator.comparing(HeldRole::appHost).thenComparing(HeldRole::role));
        List<MemberOf> memberOf = new ArrayList<>();
        for (Membership membership : memberships.findByUserInEveryApp(userId)) {
            Optional<Organization> organization = organizations.findById(membership.organizationId());
            memberOf.add(new MemberOf(membership.organizationId(),
                    organization.map(o -> o.slug().value()).orElse(""), organization.map(Organization::name)
                    .orElse(""), membership.appId(), host(hosts, membership.appId()), membership.active()));
        }
        Optional<List<AuditEvent>> trail = permissions.allows(caller, BuiltInPermissions.AUDIT_VIEW)
                ? Optional.of(trailOf(userId)) : Optional.empty();
        return new Result(user, roles, memberOf, userContacts, tokens.devicesOf(userId, clock.instant()), trail);
    }

    /** Events by the user or on it: two index-backed queries, merged newest first. */
    private List<AuditEvent> trailOf(UserId userId) {
        AuditQuery byActor = new AuditQuery(Optional.of(userId), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), TRAIL_LENGTH);
        AuditQuery onTarget = new AuditQuery(Optional.empty(), Optional.of(userId.value()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), TRAIL_LENGTH);
        Map<String, AuditEvent> merged = new LinkedHashMap<>();
        auditLog.list(byActor).items().forEach(event -> merged.put(event.id().value(), event));
        auditLog.list(onTarget).items().forEach(event -> merged.put(event.id().value(), event));
        return merged.values().stream()
                .sorted(Comparator.comparing(AuditEvent::at).thenComparing(event -> event.id().value()).reversed())
                .limit(TRAIL_LENGTH)
                .toList();
    }

    private String host(Map<AppId, String> hosts, AppId appId) {
        if (appId.isAll()) {
            return "every app";
        }
        return hosts.computeIfAbsent(appId, id -> apps.findById(id).map(App::host).map(h -> h.value())
                .orElse(id.value()));
    }
}
