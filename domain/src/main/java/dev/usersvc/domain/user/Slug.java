package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import java.util.regex.Pattern;

/** A user's unique handle: lowercase letters and digits in groups joined by single dashes. */
public record Slug(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 64;

    public Slug {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("slug is required");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalid(
                    "slug must be lowercase letters and digits joined by single dashes, at most 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
