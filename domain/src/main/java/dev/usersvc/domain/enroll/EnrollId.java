package dev.usersvc.domain.enroll;

import dev.usersvc.domain.Ids;

public record EnrollId(String value) {
    public EnrollId {
        Ids.checkSupplied(value, "enroll id");
    }

    public static EnrollId random() {
        return new EnrollId(Ids.random("enr"));
    }

    @Override
    public String toString() {
        return value;
    }
}
