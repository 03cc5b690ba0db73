package dev.usersvc.domain.enroll;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** {@code EnrollFixtures.anEnroll().user(id).role("petstore-svc:pro").build()}; by a random user id by default. */
public final class EnrollFixtures {
    private EnrollId id = EnrollId.random();
    private AppId appId = new AppId("app_default");
    private Role role = Role.USER;
    private UserId userId = UserId.random();
    private ContactId contactId;
    private UserId createdBy;
    private Instant createdAt = Fixtures.uniqueTime();

    private EnrollFixtures() {
    }

    public static EnrollFixtures anEnroll() {
        return new EnrollFixtures();
    }

    public EnrollFixtures id(EnrollId value) {
        this.id = value;
        return this;
    }

    public EnrollFixtures app(AppId value) {
        this.appId = value;
        return this;
    }

    public EnrollFixtures role(String value) {
        this.role = new Role(value);
        return this;
    }

    public EnrollFixtures user(UserId value) {
        this.userId = value;
        return this;
    }

    /** By contact only: the user id is cleared. */
    public EnrollFixtures contact(ContactId value) {
        this.contactId = value;
        this.userId = null;
        return this;
    }

    public EnrollFixtures createdBy(UserId value) {
        this.createdBy = value;
        return this;
    }

    public EnrollFixtures createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public Enroll build() {
        return new Enroll(id, appId, role, Optional.ofNullable(userId), Optional.ofNullable(contactId),
                Optional.ofNullable(createdBy), createdAt, createdAt);
    }
}
