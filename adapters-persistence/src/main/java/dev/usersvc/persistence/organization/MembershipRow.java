package dev.usersvc.persistence.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One row of {@code memberships}. */
public record MembershipRow(String organizationId, String userId, String appId, boolean active, Instant createdAt) {
    static MembershipRow from(Membership membership) {
        return new MembershipRow(membership.organizationId().value(), membership.userId().value(),
                membership.appId().value(), membership.active(), membership.createdAt().truncatedTo(ChronoUnit.MICROS));
    }

    Membership toDomain() {
        return new Membership(new OrganizationId(organizationId), new UserId(userId), new AppId(appId), active,
                createdAt);
    }
}
