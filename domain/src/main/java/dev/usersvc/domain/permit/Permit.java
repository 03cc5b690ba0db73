package dev.usersvc.domain.permit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import java.time.Instant;
import java.util.List;

/** Gives a permission to roles and/or account slugs, in one app or in every app ({@link AppId#ALL}). */
public record Permit(PermitId id, AppId appId, Permission permission, List<String> roles, List<String> slugs,
                     Instant createdAt, Instant updatedAt) {
    public static final int MAX_GRANTEES = 1000;

    public Permit {
        roles = List.copyOf(roles);
        slugs = List.copyOf(slugs);
        if (roles.size() + slugs.size() > MAX_GRANTEES) {
            throw DomainException.invalid("a permit names at most 1000 roles and slugs");
        }
    }

    public boolean grants(String slug, List<String> callerRoles) {
        if (slugs.contains(slug)) {
            return true;
        }
        for (String role : callerRoles) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Same permission, app, roles and slugs (as multisets): saving it again would change nothing. */
    public boolean sameGrantAs(Permit other) {
        return appId.equals(other.appId) && permission.equals(other.permission)
                && sorted(roles).equals(sorted(other.roles)) && sorted(slugs).equals(sorted(other.slugs));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
