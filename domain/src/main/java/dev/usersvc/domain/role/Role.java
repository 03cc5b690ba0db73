package dev.usersvc.domain.role;

import dev.usersvc.domain.DomainException;
import java.util.Optional;

/** A role: a plain string such as {@code petstore-svc:pro}. Dynamic parts are wrapped in {@code {}}. */
public record Role(String value) {
    public static final Role ADMIN = new Role("user-svc:admin");
    public static final Role USER = new Role("user-svc:user");
    public static final Role ANONYMOUS = new Role("user-svc:anonymous");

    public Role {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("role is required");
        }
        if (value.length() > 300 || value.chars().anyMatch(c -> c <= 32 || c == 127)) {
            throw DomainException.invalid("role must be at most 300 characters without spaces");
        }
    }

    public static Role organizationAdmin(String organizationId) {
        return new Role("user-svc:org:{" + organizationId + "}:admin");
    }

    /** The organization id in a role made by {@link #organizationAdmin}, if this is one. */
    public static Optional<String> administeredOrganization(String role) {
        String prefix = "user-svc:org:{";
        String suffix = "}:admin";
        if (!role.startsWith(prefix) || !role.endsWith(suffix) || role.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String id = role.substring(prefix.length(), role.length() - suffix.length());
        return id.contains("{") || id.contains("}") ? Optional.empty() : Optional.of(id);
    }

    public static Role organizationUser(String organizationId) {
        return new Role("user-svc:org:{" + organizationId + "}:user");
    }

    @Override
    public String toString() {
        return value;
    }
}
