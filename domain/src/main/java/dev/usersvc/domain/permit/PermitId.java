package dev.usersvc.domain.permit;

import dev.usersvc.domain.Ids;

public record PermitId(String value) {
    public PermitId {
        Ids.checkSupplied(value, "permit id");
    }

    public static PermitId random() {
        return new PermitId(Ids.random("prm"));
    }

    @Override
    public String toString() {
        return value;
    }
}
