package dev.usersvc.domain.permit;

import dev.usersvc.domain.DomainException;

/** A permission string owned by the account whose slug prefixes it, e.g. {@code petstore-svc:pet:read}. */
public record Permission(String value) {
    public Permission {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("permission is required");
        }
        if (value.length() > 300 || value.chars().anyMatch(c -> c <= 32 || c == 127)) {
            throw DomainException.invalid("permission must be at most 300 characters without spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
