package dev.usersvc.domain.audit;

import dev.usersvc.domain.Ids;

public record AuditEventId(String value) {
    public AuditEventId {
        Ids.checkSupplied(value, "audit event id");
    }

    public static AuditEventId random() {
        return new AuditEventId(Ids.random("aud"));
    }

    @Override
    public String toString() {
        return value;
    }
}
