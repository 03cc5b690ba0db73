package dev.usersvc.domain.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;

/**
 * A user belongs to an organization. At most one membership of a user per app is {@code active}: it is the
 * organization tokens of that app name in {@code oao}.
 */
public record Membership(OrganizationId organizationId, UserId userId, AppId appId, boolean active,
                         Instant createdAt) {
}
