package dev.usersvc.web.console;

import static dev.usersvc.web.console.PlatformForms.encode;
import static dev.usersvc.web.console.PlatformForms.orEmpty;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.app.ListApps;
import dev.usersvc.application.app.UpdateApp;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.web.session.SessionCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Apps: the list ({@code ListApps}) and rename ({@code UpdateApp}). */
@Path("/apps")
@Produces(MediaType.TEXT_HTML)
public final class AppsResource {
    private static final URI LIST = URI.create("/admin/apps");

    private final UseCases useCases;
    private final PlatformAccess access;

    AppsResource(UseCases useCases, PlatformAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response apps(@CookieParam(SessionCookies.SESSION) String sessionId) {
        return access.page(sessionId, BuiltInPermissions.APP_MULTI_VIEW, session -> {
            List<AppsPage.Row> rows = useCases.listApps()
                    .handle(Optional.of(session.caller()), new ListApps.Command(List.of(), List.of())).stream()
                    .map(app -> new AppsPage.Row(app.id().value(), app.host().value(),
                            app.host().equals(AppHost.UNNAMED) ? "" : "/admin/apps/" + encode(app.id().value())
                                    + "/edit"))
                    .toList();
            return ConsoleAccess.html(200, new AppsPage(ConsoleAccess.nav(session), session.takeFlash().orElse(""),
                    rows));
        });
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.APP_EDIT, session -> {
            App app = find(session.caller(), id);
            return ConsoleAccess.html(200, new AppFormPage(ConsoleAccess.nav(session), app.id().value(),
                    app.host().value(), app.host().value(), ""));
        });
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id,
                           @FormParam("csrf") String csrf, @FormParam("host") String host,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            App app = find(session.caller(), id);
            String typed = orEmpty(host);
            try {
                App renamed = useCases.updateApp().handle(session.caller(),
                        new UpdateApp.Command(app.id(), new AppHost(typed.strip())));
                session.flash("App " + app.host().value() + " renamed to " + renamed.host().value() + ".");
                return Response.seeOther(LIST).build();
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.INVALID_INPUT && e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                return ConsoleAccess.html(e.kind() == ErrorKind.CONFLICT ? 409 : 400, new AppFormPage(
                        ConsoleAccess.nav(session), app.id().value(), app.host().value(), typed, e.getMessage()));
            }
        });
    }

    /** By the public lookup by id: NOT_FOUND when there is no such app. */
    private App find(Caller caller, String id) {
        return useCases.listApps().handle(Optional.of(caller), new ListApps.Command(List.of(new AppId(id)),
                List.of())).stream().findFirst().orElseThrow(() -> DomainException.notFound("app not found"));
    }
}
