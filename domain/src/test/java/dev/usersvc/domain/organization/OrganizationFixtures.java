package dev.usersvc.domain.organization;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;

/** {@code OrganizationFixtures.anOrganization().app(id).slug("acme").build()}: random, unique defaults. */
public final class OrganizationFixtures {
    private OrganizationId id = OrganizationId.random();
    private AppId appId = new AppId("app_default");
    private String name = "Acme Corporation";
    private Slug slug = new Slug(Fixtures.randomWord("org"));
    private String thumbnailFileId = "";
    private Instant createdAt = Fixtures.uniqueTime();

    private OrganizationFixtures() {
    }

    public static OrganizationFixtures anOrganization() {
        return new OrganizationFixtures();
    }

    /** An active membership created now-ish. */
    public static Membership aMembership(OrganizationId organizationId, UserId userId, AppId appId) {
        return new Membership(organizationId, userId, appId, true, Fixtures.uniqueTime());
    }

    public OrganizationFixtures id(OrganizationId value) {
        this.id = value;
        return this;
    }

    public OrganizationFixtures app(AppId value) {
        this.appId = value;
        return this;
    }

    public OrganizationFixtures name(String value) {
        this.name = value;
        return this;
    }

    public OrganizationFixtures slug(String value) {
        this.slug = new Slug(value);
        return this;
    }

    public OrganizationFixtures thumbnailFileId(String value) {
        this.thumbnailFileId = value;
        return this;
    }

    public OrganizationFixtures createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public Organization build() {
        return new Organization(id, appId, name, slug, thumbnailFileId, createdAt, createdAt);
    }
}
