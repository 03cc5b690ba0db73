package dev.usersvc.domain.permit;

import dev.usersvc.domain.app.AppId;
import java.util.List;
import java.util.Optional;

/** A listing of permits; every given filter must hold. {@code ids} present (even empty) restricts to those ids. */
public record PermitFilter(Optional<List<PermitId>> ids, Optional<Permission> permission, Optional<String> role,
                           Optional<String> slug, Optional<AppId> appId) {
    public static PermitFilter all() {
        return new PermitFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
