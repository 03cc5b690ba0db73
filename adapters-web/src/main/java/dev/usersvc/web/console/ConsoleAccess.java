package dev.usersvc.web.console;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.domain.DomainException;
import dev.usersvc.web.csrf.CsrfTokens;
import dev.usersvc.web.session.Session;
import dev.usersvc.web.session.SessionStore;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Who may see a console page: a live session whose caller is an admin or holds the page's permission. */
final class ConsoleAccess {
    static final URI SIGN_IN = URI.create("/admin/sign-in");

    private final SessionStore sessions;
    private final UseCases useCases;
    private final Clock clock;

    ConsoleAccess(SessionStore sessions, UseCases useCases, Clock clock) {
        this.sessions = sessions;
        this.useCases = useCases;
        this.clock = clock;
    }

    /**
     * The live session, with a caller no older than one token lifetime: an expired token is refreshed through the
     * same use case API clients use, so role changes reach the console within minutes, and a revoked token or a
     * deleted user ends the session. A revocation also ends it at once, before the token expires.
     */
    Optional<Session> session(String sessionId) {
        Optional<Session> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            return found;
        }
        Session session = found.get();
        synchronized (session) { // one refresh per session, however many tabs ask at once
            try {
                if (useCases.revocations().isRevoked(session.caller().jti())) {
                    throw DomainException.unauthenticated("token has been revoked");
                }
                if (!clock.instant().isBefore(session.caller().expiresAt())) {
                    IssuedToken renewed = useCases.refreshToken().handle(session.token());
                    session.renew(useCases.authenticate().handle(renewed.token().jwt()), renewed.token().jwt());
                }
            } catch (DomainException e) {
                sessions.delete(sessionId);
                return Optional.empty();
            }
        }
        return found;
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

    /** A form POST: besides the session, the form must carry the session's CSRF token, or nothing happens. */
    Response post(String sessionId, String csrf, Function<Session, Response> action) {
        Optional<Session> session = session(sessionId);
        if (session.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        if (!CsrfTokens.matches(session.get().csrfToken(), csrf)) {
            return html(403, expiredForm(nav(session.get())));
        }
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
