package dev.usersvc.domain.audit;

import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Builds audit events with random unique values by default. */
public final class AuditFixtures {
    private AuditEventId id = AuditEventId.random();
    private Instant at = Fixtures.uniqueTime();
    private Optional<UserId> actorId = Optional.of(UserId.random());
    private String actorSlug = Fixtures.randomWord("actor");
    private AuditAction action = AuditAction.USER_CREATE;
    private String target = UserId.random().value();
    private Optional<AppId> appId = Optional.empty();
    private String clientAddress = "203.0.113.7";
    private String detail = "";

    private AuditFixtures() {
    }

    public static AuditFixtures anEvent() {
        return new AuditFixtures();
    }

    public AuditFixtures at(Instant value) {
        this.at = value;
        return this;
    }

    public AuditFixtures actor(UserId value, String slug) {
        this.actorId = Optional.ofNullable(value);
        this.actorSlug = slug;
        return this;
    }

    public AuditFixtures action(AuditAction value) {
        this.action = value;
        return this;
    }

    public AuditFixtures target(String value) {
        this.target = value;
        return this;
    }

    public AuditFixtures app(AppId value) {
        this.appId = Optional.of(value);
        return this;
    }

    public AuditFixtures clientAddress(String value) {
        this.clientAddress = value;
        return this;
    }

    public AuditFixtures detail(String value) {
        this.detail = value;
        return this;
    }

    public AuditEvent build() {
        return new AuditEvent(id, at, actorId, actorSlug, action, target, appId, clientAddress, detail);
    }
}
