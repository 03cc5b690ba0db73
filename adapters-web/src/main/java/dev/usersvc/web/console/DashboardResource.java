package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.dashboard.ReadDashboard;
import dev.usersvc.application.permit.BuiltInPermissions;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The dashboard at /admin (the platform's figures and latest audit events), and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class DashboardResource {
    private final UseCases useCases;
    private final SessionStore sessions;
    private final ConsoleAccess access;

    DashboardResource(UseCases useCases, SessionStore sessions, ConsoleAccess access) {
        this.useCases = useCases;
        this.sessions = sessions;
        this.access = access;
    }

    @GET
    public Response dashboard(@CookieParam(SessionCookies.SESSION) String sessionId) {
        // an organization admin without a platform role lands on the organizations they administer
        if (access.session(sessionId).filter(s -> !access.allowed(s.caller(), BuiltInPermissions.USER_VIEW))
                .isPresent()) {
            return Response.seeOther(URI.create("/admin/organizations")).build();
        }
        return access.page(sessionId, BuiltInPermissions.USER_VIEW, session -> {
            ReadDashboard.Figures figures = useCases.readDashboard().handle(session.caller());
            return ConsoleAccess.html(200, DashboardPage.of(ConsoleAccess.nav(session),
                    session.takeFlash().orElse(""), session.caller().slug(), figures));
        });
    }

    /** Ends the session here and in the browser. The token stays valid until it expires, as after an API login. */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                            @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            sessions.delete(sessionId);
            return Response.seeOther(URI.create("/admin/sign-in?signed-out"))
                    .header(HttpHeaders.SET_COOKIE, SessionCookies.clearSession(http.isSecure())).build();
        });
    }
}
