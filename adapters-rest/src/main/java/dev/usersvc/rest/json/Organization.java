package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Contract definition {@code Organization}. */
public record Organization(@JsonInclude(JsonInclude.Include.NON_EMPTY) String internalId,
                           String id, String createdAt, String updatedAt, String name, String slug,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) String appId,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) String thumbnailFileId) {
    public static Organization from(dev.usersvc.domain.organization.Organization organization) {
        return new Organization(organization.appId().value() + ":" + organization.id().value(),
                organization.id().value(), Times.format(organization.createdAt()),
                Times.format(organization.updatedAt()), organization.name(), organization.slug().value(),
                organization.appId().value(), organization.thumbnailFileId());
    }
}
