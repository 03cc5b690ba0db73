package dev.usersvc.web.console;

import dev.usersvc.web.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * The platform sections (permits, enrolls, apps, audit log) are for platform admins only: on top of what
 * {@link ConsoleAccess} checks, anyone else gets the 403 page, for GET pages and form POSTs alike. Many of these
 * pages' permissions (such as {@code user-svc:enroll:view}) every user holds by default, so the permission alone
 * would not keep them out. The use cases still decide every rule on their own.
 */
final class PlatformAccess {
    private final ConsoleAccess access;

    PlatformAccess(ConsoleAccess access) {
        this.access = access;
    }

    Response page(String sessionId, String permission, Function<Session, Response> page) {
        return access.page(sessionId, permission, session -> onlyAdmins(session, page));
    }

    Response post(String sessionId, String csrf, HttpServletRequest http, Function<Session, Response> action) {
        return access.post(sessionId, csrf, http, session -> onlyAdmins(session, action));
    }

    private static Response onlyAdmins(Session session, Function<Session, Response> then) {
        if (!session.caller().isAdmin()) {
            return ConsoleAccess.html(403, new ErrorPage(ConsoleAccess.nav(session), "Not allowed",
                    "only platform admins may use this page", ""));
        }
        return then.apply(session);
    }
}
