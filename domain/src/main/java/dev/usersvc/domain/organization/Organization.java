package dev.usersvc.domain.organization;

import dev.usersvc.domain.Text;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.Slug;
import java.time.Instant;

/**
 * A group of users inside one app. Its slug follows the user slug rules and is unique within the app, not
 * globally. Changes return a new value.
 */
public record Organization(OrganizationId id, AppId appId, String name, Slug slug, String thumbnailFileId,
                           Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME = 200;
    public static final int MAX_THUMBNAIL = 200;

    public Organization {
        name = name == null ? "" : name;
        thumbnailFileId = thumbnailFileId == null ? "" : thumbnailFileId;
    }

    /** A new organization; the name is required, as the contract's save operation demands. */
    public static Organization create(OrganizationId id, AppId appId, String name, Slug slug,
                                      String thumbnailFileId, Instant now) {
        return new Organization(id, appId, Text.required(name, MAX_NAME, "name"), slug,
                Text.optional(thumbnailFileId, MAX_THUMBNAIL, "thumbnailFileId"), now, now);
    }

    /** Renames it; the thumbnail changes only when one is given (behaviour §9.21 step 4). */
    public Organization withProfile(String newName, Slug newSlug, String newThumbnailFileId, Instant now) {
        String thumbnail = Text.optional(newThumbnailFileId, MAX_THUMBNAIL, "thumbnailFileId");
        return new Organization(id, appId, Text.required(newName, MAX_NAME, "name"), newSlug,
                thumbnail.isEmpty() ? thumbnailFileId : thumbnail, createdAt, now);
    }
}
