package dev.usersvc.domain.permit;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import java.time.Instant;
import java.util.List;

/** {@code PermitFixtures.aPermit().permission("petstore-svc:pet:read").roles("petstore-svc:pro").build()}. */
public final class PermitFixtures {
    private PermitId id = PermitId.random();
    private AppId appId = AppId.ALL;
    private Permission permission = new Permission(Fixtures.randomWord("petstore") + "-svc:pet:read");
    private List<String> roles = List.of("user-svc:user");
    private List<String> slugs = List.of();
    private Instant createdAt = Fixtures.uniqueTime();

    private PermitFixtures() {
    }

    public static PermitFixtures aPermit() {
        return new PermitFixtures();
    }

    public PermitFixtures id(PermitId value) {
        this.id = value;
        return this;
    }

    public PermitFixtures app(AppId value) {
        this.appId = value;
        return this;
    }

    public PermitFixtures permission(String value) {
        this.permission = new Permission(value);
        return this;
    }

    public PermitFixtures roles(String... values) {
        this.roles = List.of(values);
        return this;
    }

    public PermitFixtures slugs(String... values) {
        this.slugs = List.of(values);
        return this;
    }

    public Permit build() {
        return new Permit(id, appId, permission, roles, slugs, createdAt, createdAt);
    }
}
