package dev.usersvc.rest.permit;

import dev.usersvc.application.permit.HasPermission;
import dev.usersvc.rest.json.App;
import dev.usersvc.rest.json.Times;
import dev.usersvc.rest.json.User;
import java.util.Map;

/**
 * Contract definition {@code HasPermissionResponse}; {@code until} is the token's expiry. The contract requires a
 * user, so the anonymous subject gets a placeholder: empty id, slug {@code anonymous}, zero times.
 */
public record HasPermissionResponse(boolean authorized, String appId, String until, User user, App app) {
    private static final User ANONYMOUS = new User("", Times.ZERO, Times.ZERO, "anonymous", "", "", Map.of());

    static HasPermissionResponse from(HasPermission.Result result) {
        return new HasPermissionResponse(result.authorized(), result.app().id().value(), Times.format(result.until()),
                result.user().map(User::from).orElse(ANONYMOUS), App.from(result.app()));
    }
}
