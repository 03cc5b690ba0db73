package dev.usersvc.domain.user;

import dev.usersvc.domain.Text;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An account, human or service. Immutable: changes return a new value. */
public final class User {
    public static final int MAX_NAME = 200;
    public static final int MAX_LABELS = 100;

    private final UserId id;
    private final Slug slug;
    private final String name;
    private final UserType type;
    private final String thumbnailFileId;
    private final Map<String, String> labels;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(UserId id, Slug slug, String name, UserType type, String thumbnailFileId,
                 Map<String, String> labels, PasswordHash passwordHash, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.type = type;
        this.thumbnailFileId = thumbnailFileId;
        this.labels = Map.copyOf(labels);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new account; {@code passwordHash} may be null for an account that cannot log in with a password. */
    public static User create(UserId id, Slug slug, String name, UserType type, PasswordHash passwordHash,
                              Instant now) {
        return new User(id, slug, Text.optional(name, MAX_NAME, "name"), type, "", Map.of(), passwordHash, now,
                now);
    }

    /** Rebuilds a stored account without re-running creation rules. */
    public static User restore(UserId id, Slug slug, String name, UserType type, String thumbnailFileId,
                               Map<String, String> labels, PasswordHash passwordHash, Instant createdAt,
                               Instant updatedAt) {
        return new User(id, slug, name == null ? "" : name, type, thumbnailFileId == null ? "" : thumbnailFileId,
                labels == null ? Map.of() : labels, passwordHash, createdAt, updatedAt);
    }

    public User withPassword(PasswordHash hash, Instant now) {
        return new User(id, slug, name, type, thumbnailFileId, labels, hash, createdAt, now);
    }

    /** Replaces the name and thumbnail when given (non-empty), as the contract's save operations do. */
    public User withProfile(String newName, String newThumbnailFileId, Instant now) {
        String checkedName = Text.optional(newName, MAX_NAME, "name");
        String checkedThumbnail = Text.optional(newThumbnailFileId, 200, "thumbnailFileId");
        return new User(id, slug, checkedName.isEmpty() ? name : checkedName, type,
                checkedThumbnail.isEmpty() ? thumbnailFileId : checkedThumbnail, labels, passwordHash, createdAt,
                now);
    }

    /** Merges labels key by key; keys are never removed (contract: saveSelf). */
    public User withLabelsMerged(Map<String, String> more, Instant now) {
        Map<String, String> merged = new LinkedHashMap<>(labels);
        if (more != null) {
            more.forEach((key, value) -> merged.put(Text.required(key, 100, "label key"),
                    Text.optional(value, 1000, "label value")));
        }
        if (merged.size() > MAX_LABELS) {
            throw dev.usersvc.domain.DomainException.invalid("a user has at most 100 labels");
        }
        return new User(id, slug, name, type, thumbnailFileId, merged, passwordHash, createdAt, now);
    }

    /** Replaces every label with {@code replacement} (the console's label editor); the same limits as a merge. */
    public User withLabels(Map<String, String> replacement, Instant now) {
        return new User(id, slug, name, type, thumbnailFileId, Map.of(), passwordHash, createdAt, now)
                .withLabelsMerged(replacement, now);
    }

    public UserId id() {
        return id;
    }

    public Slug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public UserType type() {
        return type;
    }

    public String thumbnailFileId() {
        return thumbnailFileId;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public Optional<PasswordHash> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User user && user.id.equals(id) && user.slug.equals(slug)
                && user.name.equals(name) && user.type == type && user.thumbnailFileId.equals(thumbnailFileId)
                && user.labels.equals(labels) && java.util.Objects.equals(user.passwordHash, passwordHash)
                && user.createdAt.equals(createdAt) && user.updatedAt.equals(updatedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + slug + "]";
    }
}
