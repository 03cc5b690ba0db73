package dev.usersvc.web.console;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.web.csrf.CsrfTokens;
import dev.usersvc.web.session.Session;
import dev.usersvc.web.session.SessionStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** Who may see a console page: a live session whose caller is an admin or holds the page's permission. */
final class ConsoleAccess {
    static final URI SIGN_IN = URI.create("/admin/sign-in");

    private final SessionStore sessions;
    private final UseCases useCases;

    ConsoleAccess(SessionStore sessions, UseCases useCases) {
        this.sessions = sessions;
        this.useCases = useCases;
    }

    /** The live session, as {@link SessionStore#find} defines it (idle, ended or revoked sessions are not). */
    Optional<Session> session(String sessionId) {
        return sessions.find(sessionId);
    }

    /** A GET page: sign-in when there is no session, 403 when the caller may not see it. */
    Response page(String sessionId, String permission, Function<Session, Response> page) {
        Optional<Session> session = session(sessionId);
        if (session.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        if (!allowed(session.get().caller(), permission)) {
            return html(403, new ErrorPage(nav(session.get()), "Not allowed",
                    "your account may not use this page (it needs " + permission + ")", ""));
        }
        return page.apply(session.get());
    }

    /** A GET page any signed-in caller may open: the use cases behind it decide what the caller sees. */
    Response signedIn(String sessionId, Function<Session, Response> page) {
        Optional<Session> session = session(sessionId);
        if (session.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        return page.apply(session.get());
    }

    /**
     * A form POST: besides the session, the form must carry the session's CSRF token, or nothing happens. The
     * action's caller carries the client address, so the audit log says where a console change came from.
     */
    Response post(String sessionId, String csrf, HttpServletRequest http, Function<Session, Response> action) {
        Optional<Session> session = session(sessionId);
        if (session.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        if (!CsrfTokens.matches(session.get().csrfToken(), csrf)) {
            return html(403, expiredForm(nav(session.get())));
        }
        session.get().actingFrom(http.getRemoteAddr());
        return action.apply(session.get());
    }

    boolean allowed(Caller caller, String permission) {
        return caller.isAdmin() || useCases.permissions().allows(caller, permission);
    }

    static Nav nav(Session session) {
        return new Nav(session.caller().slug(), session.csrfToken(), session.caller().isAdmin());
    }

    static ErrorPage expiredForm(Nav nav) {
        return new ErrorPage(nav, "Form expired",
                "this form has expired or did not come from this console; go back, reload the page and try again", "");
    }

    static Response html(int status, ConsoleView page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
