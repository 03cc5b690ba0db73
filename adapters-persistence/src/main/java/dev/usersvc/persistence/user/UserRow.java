package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** One row of {@code users}. Public because JDBI maps and binds it by reflection. */
public record UserRow(String id, String slug, String name, String type, String thumbnailFileId, String passwordHash,
                      Instant createdAt, Instant updatedAt) {

    /** Times are cut to microseconds, the precision both databases keep, so what is read back equals what went in. */
    static UserRow from(User user) {
        return new UserRow(user.id().value(), user.slug().value(), user.name(), user.type().name(),
                user.thumbnailFileId(), user.passwordHash().map(PasswordHash::encoded).orElse(null),
                user.createdAt().truncatedTo(ChronoUnit.MICROS), user.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    UserRow withCreatedAt(Instant newCreatedAt) {
        return new UserRow(id, slug, name, type, thumbnailFileId, passwordHash, newCreatedAt, updatedAt);
    }

    User toDomain(Map<String, String> labels) {
        return User.restore(new UserId(id), new Slug(slug), name, UserType.valueOf(type), thumbnailFileId, labels,
                passwordHash == null ? null : new PasswordHash(passwordHash), createdAt, updatedAt);
    }
}
