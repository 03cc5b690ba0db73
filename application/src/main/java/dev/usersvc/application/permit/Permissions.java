package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.PermitIndex;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.role.Role;
import java.util.List;

/**
 * The live permission decision for every gated operation and has-permission. Answers from an in-memory
 * {@link PermitIndex}, so a check costs no database round trip; {@link #refreshIfChanged()} reloads it when the
 * store's version moved (a local write calls it at once, a scheduler calls it for other nodes' writes).
 */
public final class Permissions {
    private static final List<String> ANONYMOUS = List.of(Role.ANONYMOUS.value());

    private final PermitRepository permits;
    private volatile Snapshot snapshot = new Snapshot(-1, PermitIndex.of(List.of()));

    private record Snapshot(long version, PermitIndex index) {
    }

    public Permissions(PermitRepository permits) {
        this.permits = permits;
    }

    /** What the anonymous subject may do, anyone may do. */
    public boolean allows(Caller caller, String permission) {
        PermitIndex index = snapshot.index();
        return index.allows(permission, caller.appId(), caller.slug(), caller.roles())
                || index.allows(permission, caller.appId(), "", ANONYMOUS);
    }

    /** The anonymous subject: no slug, the single role {@code user-svc:anonymous}. */
    public boolean allowsAnonymous(AppId appId, String permission) {
        return snapshot.index().allows(permission, appId, "", ANONYMOUS);
    }

    /** Fails with FORBIDDEN unless the caller holds the permission. */
    public void require(Caller caller, String permission) {
        if (!allows(caller, permission)) {
            throw DomainException.forbidden("missing permission " + permission);
        }
    }

    public synchronized void refreshIfChanged() {
        long version = permits.version();
        if (version != snapshot.version()) {
            snapshot = new Snapshot(version, PermitIndex.of(permits.findAll()));
        }
    }

    public int size() {
        return snapshot.index().size();
    }
}
