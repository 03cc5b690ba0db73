package dev.usersvc.persistence.permit;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One row of {@code permits}; its roles and slugs live in child tables. Times are cut to microseconds. */
public record PermitRow(String id, String appId, String permission, Instant createdAt, Instant updatedAt) {
    static PermitRow from(Permit permit) {
        return new PermitRow(permit.id().value(), permit.appId().value(), permit.permission().value(),
                permit.createdAt().truncatedTo(ChronoUnit.MICROS), permit.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    Permit toDomain(List<String> roles, List<String> slugs) {
        return new Permit(new PermitId(id), new AppId(appId), new Permission(permission), roles, slugs, createdAt,
                updatedAt);
    }
}
