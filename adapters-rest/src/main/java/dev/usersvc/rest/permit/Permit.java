package dev.usersvc.rest.permit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.rest.json.Times;
import java.util.List;

/** Contract definition {@code Permit}. Permits are never soft-deleted, so {@code deletedAt} is the zero time. */
public record Permit(String internalId, String appId, String id, String createdAt, String updatedAt,
                     String deletedAt, String permission,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> slugs,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roles) {
    static Permit from(dev.usersvc.domain.permit.Permit permit) {
        String appId = permit.appId().value();
        return new Permit(appId + ":" + permit.id().value(), appId, permit.id().value(),
                Times.format(permit.createdAt()), Times.format(permit.updatedAt()), Times.ZERO,
                permit.permission().value(), permit.slugs(), permit.roles());
    }
}
