package dev.usersvc.rest.organization;

import dev.usersvc.application.organization.SaveOrganization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.rest.json.Bodies;

/**
 * Contract definition {@code SaveOrganizationRequest}. {@code assignCaller} is read and ignored, as in the
 * original: the creator always becomes member and admin (behaviour §9.21).
 */
public record SaveOrganizationRequest(String id, String slug, String name, String thumbnailFileId,
                                      Boolean assignCaller) {
    SaveOrganization.Command toCommand() {
        return new SaveOrganization.Command(Bodies.present(id, OrganizationId::new),
                new Slug(Bodies.required(slug, "slug")), name, thumbnailFileId);
    }
}
