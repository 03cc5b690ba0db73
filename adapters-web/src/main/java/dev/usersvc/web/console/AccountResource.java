package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.user.ChangePassword;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.Password;
import dev.usersvc.web.session.Session;
import dev.usersvc.web.session.SessionCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The signed-in user's own account: changing their password through the same throttled {@code ChangePassword}
 * use case as the API. Open to every console user, platform admin or not.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public final class AccountResource {
    static final String PASSWORD_PATH = "/admin/account/password";

    private final UseCases useCases;
    private final ConsoleAccess access;

    AccountResource(UseCases useCases, ConsoleAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    @Path("password")
    public Response passwordForm(@CookieParam(SessionCookies.SESSION) String sessionId) {
        return access.page(sessionId, BuiltInPermissions.PASSWORD_CHANGE, session ->
                ConsoleAccess.html(200, page(session, session.takeFlash().orElse(""), PasswordPage.Errors.NONE)));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@CookieParam(SessionCookies.SESSION) String sessionId,
                                   @FormParam("csrf") String csrf, @FormParam("current") String current,
                                   @FormParam("password") String password,
                                   @FormParam("confirmation") String confirmation,
                                   @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            String currentError = current == null || current.isEmpty() ? "enter your current password" : "";
            String passwordError = password == null || password.isEmpty() ? "enter the new password" : "";
            String confirmationError = passwordError.isEmpty() && !password.equals(confirmation)
                    ? "the two passwords differ" : "";
            if (!currentError.isEmpty() || !passwordError.isEmpty() || !confirmationError.isEmpty()) {
                return ConsoleAccess.html(400, page(session, "",
                        new PasswordPage.Errors(currentError, passwordError, confirmationError, "")));
            }
            try {
                useCases.changePassword().handle(session.caller(),
                        new ChangePassword.Command(new Password(current), new Password(password),
                                http.getRemoteAddr()));
            } catch (DomainException e) {
                return switch (e.kind()) {
                    case UNAUTHENTICATED -> ConsoleAccess.html(400, page(session, "",
                            new PasswordPage.Errors(e.getMessage(), "", "", "")));
                    case INVALID_INPUT -> ConsoleAccess.html(400, page(session, "",
                            new PasswordPage.Errors("", e.getMessage(), "", "")));
                    case TOO_MANY_ATTEMPTS -> ConsoleAccess.html(429, page(session, "",
                            new PasswordPage.Errors("", "", "", e.getMessage())));
                    case FORBIDDEN, NOT_FOUND, CONFLICT -> throw e;
                };
            }
            session.flash("Your password has been changed.");
            return Response.seeOther(URI.create(PASSWORD_PATH)).build();
        });
    }

    private static PasswordPage page(Session session, String flash, PasswordPage.Errors errors) {
        return new PasswordPage(ConsoleAccess.nav(session), flash, true, PASSWORD_PATH, session.caller().slug(), "",
                errors);
    }
}
