package dev.usersvc.application.enroll;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollCursor;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import java.util.List;
import java.util.Optional;

/**
 * Pages through every enroll, newest first, optionally filtered by role, user id, contact and app (the admin
 * console's listing). Unlike {@link ListEnrolls} it needs no filter and so shows roles of every owner: only
 * platform admins holding {@code user-svc:enroll:view} may use it (FORBIDDEN otherwise).
 */
public final class BrowseEnrolls {
    public static final int MAX_LIMIT = 1000;

    public record Command(EnrollFilter filter, Optional<EnrollCursor> after, int limit) {
        public Command {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
            }
        }
    }

    private final EnrollRepository enrolls;
    private final Permissions permissions;

    public BrowseEnrolls(EnrollRepository enrolls, Permissions permissions) {
        this.enrolls = enrolls;
        this.permissions = permissions;
    }

    public List<Enroll> handle(Caller caller, Command command) {
        if (!caller.isAdmin()) {
            throw DomainException.forbidden("only a platform admin may browse every enroll");
        }
        permissions.require(caller, BuiltInPermissions.ENROLL_VIEW);
        return enrolls.page(command.filter(), command.after(), command.limit());
    }
}
