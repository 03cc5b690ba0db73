package dev.usersvc.application.enroll;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Gives a role to an existing user in an app (behaviour §9.13 step 7). A new role clears {@code active} on the
 * user's tokens there, so the next login or refresh carries it; a role already held changes nothing.
 */
public final class RoleAssignments {
    private final EnrollRepository enrolls;
    private final TokenRepository tokens;

    public RoleAssignments(EnrollRepository enrolls, TokenRepository tokens) {
        this.enrolls = enrolls;
        this.tokens = tokens;
    }

    public boolean assign(UserId userId, AppId appId, Role role, Optional<UserId> createdBy, Instant now) {
        if (enrolls.exists(appId, userId, role)) {
            return false;
        }
        enrolls.insert(new Enroll(EnrollId.random(), appId, role, Optional.of(userId), Optional.empty(), createdBy,
                now, now));
        tokens.deactivateAll(userId, appId);
        return true;
    }
}
