package dev.usersvc.rest.permit;

import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.permit.ListPermits;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.rest.json.Bodies;
import java.util.List;
import java.util.Optional;

/**
 * Contract definition {@code ListPermitsRequest} ({@code permission}, {@code slug}) plus optional filters of ours:
 * {@code role}, {@code appHost} ({@code *} for every-app permits) and {@code ids}.
 */
public record ListPermitsRequest(String permission, String slug, String role, String appHost, List<String> ids) {
    static final int MAX_IDS = 1000;

    ListPermits.Command toCommand() {
        return new ListPermits.Command(Bodies.present(permission, Permission::new), Bodies.present(slug),
                Bodies.present(role), Bodies.present(appHost, AppTarget::of),
                ids == null ? Optional.empty() : Optional.of(Bodies.list(ids, PermitId::new, MAX_IDS, "ids")));
    }
}
