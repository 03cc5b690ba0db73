package dev.usersvc.domain.app;

import dev.usersvc.domain.DomainException;

/** An app's host name, e.g. {@code shoes.com} or {@code unnamed}. Not normalised, as in the contract. */
public record AppHost(String value) {
    public static final AppHost UNNAMED = new AppHost("unnamed");
    public static final String ALL = "*";

    public AppHost {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("app host is required");
        }
        if (value.length() > 255 || value.chars().anyMatch(c -> c <= 32 || c == 127)) {
            throw DomainException.invalid("app host must be at most 255 characters without spaces");
        }
        if (value.startsWith("app_") || value.equals(ALL)) {
            throw DomainException.invalid("app host must not look like an app id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
