package dev.usersvc.domain.app;

import dev.usersvc.domain.Ids;

/** An app (tenant) id. {@link #ALL} stands for every app on permits and enrolls. */
public record AppId(String value) {
    public static final AppId ALL = new AppId("*");

    public AppId {
        Ids.checkSupplied(value, "app id");
    }

    public static AppId random() {
        return new AppId(Ids.random("app"));
    }

    public boolean isAll() {
        return equals(ALL);
    }

    @Override
    public String toString() {
        return value;
    }
}
