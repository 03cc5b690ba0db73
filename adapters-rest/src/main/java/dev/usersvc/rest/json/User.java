package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Contract definition {@code User}: never the password hash, never the type. */
public record User(String id, String createdAt, String updatedAt, String slug,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) String name,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) String thumbnailFileId,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> labels) {
    public static User from(dev.usersvc.domain.user.User user) {
        return new User(user.id().value(), Times.format(user.createdAt()), Times.format(user.updatedAt()),
                user.slug().value(), user.name(), user.thumbnailFileId(), user.labels());
    }
}
