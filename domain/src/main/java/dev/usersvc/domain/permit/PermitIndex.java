package dev.usersvc.domain.permit;

import dev.usersvc.domain.app.AppId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The permission decision (behaviour §5.1), shared by has-permission and every permission-gated operation: a
 * caller holds a permission in an app when a permit for it, in that app or in every app, names the caller's slug
 * or one of the caller's roles. Roles give no implicit power here: admins hold permissions through permits.
 * Immutable, so a cached index can be read by any number of threads.
 */
public final class PermitIndex {
    private final Map<String, List<Permit>> byPermission;

    private PermitIndex(Map<String, List<Permit>> byPermission) {
        this.byPermission = byPermission;
    }

    public static PermitIndex of(Collection<Permit> permits) {
        Map<String, List<Permit>> grouped = new HashMap<>();
        for (Permit permit : permits) {
            grouped.computeIfAbsent(permit.permission().value(), key -> new java.util.ArrayList<>()).add(permit);
        }
        Map<String, List<Permit>> frozen = new HashMap<>();
        grouped.forEach((permission, list) -> frozen.put(permission, List.copyOf(list)));
        return new PermitIndex(frozen);
    }

    public boolean allows(String permission, AppId appId, String slug, List<String> roles) {
        for (Permit permit : byPermission.getOrDefault(permission, List.of())) {
            if ((permit.appId().isAll() || permit.appId().equals(appId)) && permit.grants(slug, roles)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return byPermission.values().stream().mapToInt(List::size).sum();
    }
}
