package dev.usersvc.domain.user;

/** Humans and services work the same; the type only tells them apart in listings and the console. */
public enum UserType {
    HUMAN,
    SERVICE;

    /** 1Backend's convention: services register under a slug ending in {@code -svc}. */
    public static UserType ofSlug(Slug slug) {
        return slug.value().endsWith("-svc") ? SERVICE : HUMAN;
    }
}
