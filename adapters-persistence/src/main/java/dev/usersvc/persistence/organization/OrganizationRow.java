package dev.usersvc.persistence.organization;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.Slug;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One row of {@code organizations}; an absent thumbnail is null. Times are cut to microseconds. */
public record OrganizationRow(String id, String appId, String name, String slug, String thumbnailFileId,
                              Instant createdAt, Instant updatedAt) {
    static OrganizationRow from(Organization organization) {
        return new OrganizationRow(organization.id().value(), organization.appId().value(), organization.name(),
                organization.slug().value(),
                organization.thumbnailFileId().isEmpty() ? null : organization.thumbnailFileId(),
                organization.createdAt().truncatedTo(ChronoUnit.MICROS),
                organization.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    Organization toDomain() {
        return new Organization(new OrganizationId(id), new AppId(appId), name, new Slug(slug), thumbnailFileId,
                createdAt, updatedAt);
    }
}
