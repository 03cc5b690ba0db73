package dev.usersvc.web.console;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.user.Login;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.Password;
import dev.usersvc.web.csrf.CsrfTokens;
import dev.usersvc.web.session.SessionCookies;
import dev.usersvc.web.session.SessionStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in with slug and password through the same {@code Login} use case as the API, so the same throttle and
 * the same constant-shaped failure apply. Before there is a session, the form is protected by double submit:
 * a random token in an HttpOnly, SameSite=Strict cookie that the hidden field must repeat.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public final class SignInResource {
    static final String DEVICE = "admin-console";
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final UseCases useCases;
    private final SessionStore sessions;
    private final ConsoleAccess access;

    SignInResource(UseCases useCases, SessionStore sessions, ConsoleAccess access) {
        this.useCases = useCases;
        this.sessions = sessions;
        this.access = access;
    }

    @GET
    public Response form(@CookieParam(SessionCookies.SESSION) String sessionId,
                         @CookieParam(SessionCookies.SIGN_IN_CSRF) String csrfCookie,
                         @QueryParam("signed-out") String signedOut, @Context HttpServletRequest http) {
        if (access.session(sessionId).isPresent()) {
            return Response.seeOther(URI.create("/admin")).build();
        }
        // keep a well-formed token from the cookie, so two open sign-in tabs both still work
        String token = csrfCookie != null && TOKEN_SHAPE.matcher(csrfCookie).matches()
                ? csrfCookie : CsrfTokens.randomToken();
        return page(200, token, SignInPage.Form.EMPTY, signedOut == null ? "" : "You have signed out.", http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@CookieParam(SessionCookies.SESSION) String oldSessionId,
                           @CookieParam(SessionCookies.SIGN_IN_CSRF) String csrfCookie,
                           @FormParam("csrf") String csrf, @FormParam("slug") String slug,
                           @FormParam("password") String password, @Context HttpServletRequest http) {
        if (!CsrfTokens.matches(csrfCookie, csrf)) {
            return ConsoleAccess.html(403, ConsoleAccess.expiredForm(null));
        }
        String typedSlug = slug == null ? "" : slug.strip();
        String slugError = typedSlug.isEmpty() ? "enter your slug" : "";
        String passwordError = password == null || password.isEmpty() ? "enter your password" : "";
        if (!slugError.isEmpty() || !passwordError.isEmpty()) {
            return page(400, csrfCookie, new SignInPage.Form(typedSlug, slugError, passwordError, ""), "", http);
        }
        try {
            IssuedToken issued = useCases.login().handle(new Login.Command(AppHost.UNNAMED,
                    Optional.of(Login.typedSlug(typedSlug)), Optional.empty(), new Password(password), DEVICE,
                    http.getRemoteAddr()));
            Caller caller = useCases.authenticate().handle(issued.token().jwt());
            sessions.delete(oldSessionId); // a fresh id on every sign-in: no session fixation
            SessionStore.Created created = sessions.create(caller, issued.token().jwt());
            created.session().flash("Welcome, " + caller.slug() + ".");
            return Response.seeOther(URI.create("/admin"))
                    .header(HttpHeaders.SET_COOKIE, SessionCookies.session(created.id(), http.isSecure()))
                    .build();
        } catch (DomainException e) {
            int status = switch (e.kind()) {
                case INVALID_INPUT -> 400;
                case UNAUTHENTICATED -> 401;
                case TOO_MANY_ATTEMPTS -> 429;
                case FORBIDDEN, NOT_FOUND, CONFLICT -> throw e;
            };
            return page(status, csrfCookie, new SignInPage.Form(typedSlug, "", "", e.getMessage()), "", http);
        }
    }

    private static Response page(int status, String csrfToken, SignInPage.Form form, String flash,
                                 HttpServletRequest http) {
        return Response.fromResponse(ConsoleAccess.html(status, new SignInPage(csrfToken, form, flash)))
                .header(HttpHeaders.SET_COOKIE, SessionCookies.signInCsrf(csrfToken, http.isSecure()))
                .build();
    }
}
