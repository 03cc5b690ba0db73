package dev.usersvc.domain.user;

import dev.usersvc.domain.Ids;

public record UserId(String value) {
    public UserId {
        Ids.checkSupplied(value, "user id");
    }

    public static UserId random() {
        return new UserId(Ids.random("usr"));
    }

    @Override
    public String toString() {
        return value;
    }
}
