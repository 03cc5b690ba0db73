package dev.usersvc.domain.organization;

import dev.usersvc.domain.Ids;

public record OrganizationId(String value) {
    public OrganizationId {
        Ids.checkSupplied(value, "organization id");
    }

    public static OrganizationId random() {
        return new OrganizationId(Ids.random("org"));
    }

    @Override
    public String toString() {
        return value;
    }
}
