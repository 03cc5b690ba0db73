package dev.usersvc.domain.role;

import java.util.Collection;
import java.util.List;

/**
 * Who owns a role or permission string (decision 11): platform admins own everything; a caller owns strings equal
 * to its slug or starting with {@code slug:}; holding {@code P:admin} owns every string starting with {@code P:}.
 * The {@code :} boundary matters: slug {@code user} must not own {@code user-svc:admin}.
 */
public final class Ownership {
    private static final String ADMIN_SUFFIX = ":admin";

    private final String slug;
    private final List<String> roles;

    public Ownership(String slug, Collection<String> roles) {
        this.slug = slug;
        this.roles = List.copyOf(roles);
    }

    public boolean owns(String roleOrPermission) {
        if (roles.contains(Role.ADMIN.value())) {
            return true;
        }
        if (roleOrPermission.equals(slug) || roleOrPermission.startsWith(slug + ":")) {
            return true;
        }
        for (String role : roles) {
            if (role.endsWith(ADMIN_SUFFIX)) {
                String prefix = role.substring(0, role.length() - ADMIN_SUFFIX.length() + 1); // keeps the ':'
                if (prefix.length() > 1 && roleOrPermission.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
