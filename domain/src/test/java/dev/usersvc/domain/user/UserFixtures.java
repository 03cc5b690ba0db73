package dev.usersvc.domain.user;

import dev.usersvc.domain.Fixtures;
import java.time.Instant;
import java.util.Map;

/** {@code UserFixtures.aHuman().slug("ada").build()}: every field has a random, unique default. */
public final class UserFixtures {
    private UserId id = UserId.random();
    private Slug slug = new Slug(Fixtures.randomWord("user"));
    private String name = "Ada Lovelace";
    private UserType type = UserType.HUMAN;
    private String thumbnailFileId = "";
    private Map<String, String> labels = Map.of();
    private PasswordHash passwordHash = new PasswordHash("fixed:correct-horse");
    private Instant createdAt = Fixtures.uniqueTime();
    private Instant updatedAt;

    private UserFixtures() {
    }

    public static UserFixtures aHuman() {
        return new UserFixtures();
    }

    public static UserFixtures aService() {
        UserFixtures fixture = new UserFixtures();
        fixture.slug = new Slug(Fixtures.randomWord("app") + "-svc");
        fixture.type = UserType.SERVICE;
        return fixture;
    }

    public UserFixtures id(String value) {
        this.id = new UserId(value);
        return this;
    }

    public UserFixtures slug(String value) {
        this.slug = new Slug(value);
        return this;
    }

    public UserFixtures name(String value) {
        this.name = value;
        return this;
    }

    public UserFixtures type(UserType value) {
        this.type = value;
        return this;
    }

    public UserFixtures thumbnailFileId(String value) {
        this.thumbnailFileId = value;
        return this;
    }

    public UserFixtures labels(Map<String, String> value) {
        this.labels = value;
        return this;
    }

    public UserFixtures passwordHash(String encoded) {
        this.passwordHash = encoded == null ? null : new PasswordHash(encoded);
        return this;
    }

    public UserFixtures noPassword() {
        return passwordHash(null);
    }

    public UserFixtures createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public UserFixtures updatedAt(Instant value) {
        this.updatedAt = value;
        return this;
    }

    public User build() {
        return User.restore(id, slug, name, type, thumbnailFileId, labels, passwordHash, createdAt,
                updatedAt == null ? createdAt : updatedAt);
    }

    /** A contact of {@code userId}, unverified, with a random e-mail as its id. */
    public static Contact aContact(UserId userId) {
        Instant now = Fixtures.uniqueTime();
        String email = Fixtures.randomWord("mail") + "@example.com";
        return new Contact(new ContactId(email), userId, "email", email, false, false, now, now);
    }
}
