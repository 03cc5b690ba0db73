package dev.usersvc.rest.permit;

import dev.usersvc.application.permit.ListPermissions;
import dev.usersvc.domain.role.Role;
import dev.usersvc.rest.json.Bodies;
import java.util.List;

/** The body of list permissions, {@code {"roles": [...]}}; the contract defines none (it wrongly names a path). */
public record ListPermissionsRequest(List<String> roles) {
    static final int MAX_ROLES = 100;

    ListPermissions.Command toCommand() {
        return new ListPermissions.Command(Bodies.list(roles, Role::new, MAX_ROLES, "roles"));
    }
}
