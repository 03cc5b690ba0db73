package dev.usersvc.rest.permit;

import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.permit.SavePermits;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.rest.json.Bodies;
import java.util.List;

/** Contract definition {@code PermitInput}: {@code appHost} empty is the caller's app, {@code *} every app. */
public record PermitInput(String id, String appHost, String permission, List<String> slugs,
                          List<String> roles) {
    SavePermits.Item toItem() {
        return new SavePermits.Item(Bodies.present(id, PermitId::new), AppTarget.of(appHost),
                new Permission(permission),
                Bodies.list(roles, value -> new Role(value).value(), Permit.MAX_GRANTEES, "roles"),
                Bodies.list(slugs, value -> new Slug(value).value(), Permit.MAX_GRANTEES, "slugs"));
    }
}
