package dev.usersvc.web.console;

import static dev.usersvc.web.console.PlatformForms.encode;
import static dev.usersvc.web.console.PlatformForms.given;
import static dev.usersvc.web.console.PlatformForms.hostsOf;
import static dev.usersvc.web.console.PlatformForms.orEmpty;
import static dev.usersvc.web.console.PlatformForms.words;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.DeletePermits;
import dev.usersvc.application.permit.ListPermits;
import dev.usersvc.application.permit.SavePermits;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.web.session.Session;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Permits: a filtered list, create, edit and delete (after a confirmation page). Saving goes through
 * {@code SavePermits} and deleting through {@code DeletePermits}, which decide who may do what.
 */
@Path("/permits")
@Produces(MediaType.TEXT_HTML)
public final class PermitsResource {
    private static final URI LIST = URI.create("/admin/permits");

    private final UseCases useCases;
    private final PlatformAccess access;

    PermitsResource(UseCases useCases, PlatformAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response permits(@CookieParam(SessionCookies.SESSION) String sessionId,
                            @QueryParam("permission") String permission, @QueryParam("role") String role,
                            @QueryParam("slug") String slug, @QueryParam("app") String app) {
        return access.page(sessionId, BuiltInPermissions.PERMIT_VIEW, session -> {
            Optional<String> permissionFilter = given(permission);
            Optional<String> appFilter = given(app);
            String error = "";
            List<Permit> permits = List.of();
            try {
                permits = useCases.listPermits().handle(session.caller(), new ListPermits.Command(
                        permissionFilter.map(Permission::new), given(slug), given(role),
                        appFilter.map(AppTarget::of), Optional.empty()));
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.INVALID_INPUT) {
                    throw e;
                }
                error = e.getMessage();
            }
            Map<AppId, String> hosts = hostsOf(useCases, session.caller(),
                    permits.stream().map(Permit::appId).toList());
            List<PermitsPage.Row> rows = permits.stream()
                    .map(permit -> new PermitsPage.Row(permit.id().value(), hosts.getOrDefault(permit.appId(),
                            permit.appId().value()), permit.permission().value(), String.join(" ", permit.roles()),
                            String.join(" ", permit.slugs()), BuiltInPermissions.isBuiltIn(permit.id()),
                            "/admin/permits/" + encode(permit.id().value()) + "/edit",
                            "/admin/permits/" + encode(permit.id().value()) + "/delete"))
                    .toList();
            PermitsPage page = new PermitsPage(ConsoleAccess.nav(session), session.takeFlash().orElse(""),
                    new PermitsPage.Filters(orEmpty(permission), orEmpty(role), orEmpty(slug), orEmpty(app), error),
                    rows);
            return ConsoleAccess.html(error.isEmpty() ? 200 : 400, page);
        });
    }

    @GET
    @Path("new")
    public Response newPermit(@CookieParam(SessionCookies.SESSION) String sessionId) {
        return access.page(sessionId, BuiltInPermissions.PERMIT_CREATE, session -> ConsoleAccess.html(200,
                new PermitFormPage(ConsoleAccess.nav(session), "", PermitFormPage.Form.empty())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @FormParam("permission") String permission, @FormParam("app") String app,
                           @FormParam("roles") String roles, @FormParam("slugs") String slugs,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> save(session, Optional.empty(),
                PermitFormPage.Form.of(orEmpty(permission), orEmpty(app), orEmpty(roles), orEmpty(slugs))));
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.PERMIT_CREATE, session -> {
            Permit permit = find(session.caller(), id);
            String app = hostsOf(useCases, session.caller(), List.of(permit.appId())).getOrDefault(permit.appId(),
                    permit.appId().value());
            return ConsoleAccess.html(200, new PermitFormPage(ConsoleAccess.nav(session), permit.id().value(),
                    PermitFormPage.Form.of(permit.permission().value(), app, String.join(" ", permit.roles()),
                            String.join(" ", permit.slugs()))));
        });
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id,
                           @FormParam("csrf") String csrf, @FormParam("permission") String permission,
                           @FormParam("app") String app, @FormParam("roles") String roles,
                           @FormParam("slugs") String slugs, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            Permit existing = find(session.caller(), id);
            return save(session, Optional.of(existing.id()),
                    PermitFormPage.Form.of(orEmpty(permission), orEmpty(app), orEmpty(roles), orEmpty(slugs)));
        });
    }

    @GET
    @Path("{id}/delete")
    public Response confirmDelete(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.PERMIT_CREATE,
                session -> ConsoleAccess.html(200, deletion(session.caller(), find(session.caller(), id),
                        ConsoleAccess.nav(session), "")));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id,
                           @FormParam("csrf") String csrf, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            Permit permit = find(session.caller(), id);
            try {
                useCases.deletePermits().handle(session.caller(), new DeletePermits.Command(List.of(permit.id())));
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                return ConsoleAccess.html(409, deletion(session.caller(), permit, ConsoleAccess.nav(session),
                        e.getMessage()));
            }
            session.flash("Permit for " + permit.permission().value() + " deleted.");
            return Response.seeOther(LIST).build();
        });
    }

    /** Checks every field, then saves; bad input re-renders the form with each error next to its field. */
    private Response save(Session session, Optional<PermitId> id, PermitFormPage.Form typed) {
        Nav nav = ConsoleAccess.nav(session);
        String formId = id.map(PermitId::value).orElse("");
        PlatformForms.Field<Permission> permission =
                PlatformForms.Field.of(() -> new Permission(typed.permission().strip()));
        PlatformForms.Field<AppTarget> app = PlatformForms.Field.of(() -> {
            if (typed.app().isBlank()) {
                throw DomainException.invalid("app is required: a host, or * for every app");
            }
            return AppTarget.of(typed.app().strip());
        });
        PlatformForms.Field<List<String>> roles =
                PlatformForms.Field.of(() -> words(typed.roles(), value -> new Role(value).value()));
        PlatformForms.Field<List<String>> slugs =
                PlatformForms.Field.of(() -> words(typed.slugs(), value -> new Slug(value).value()));
        String formError = "";
        if (roles.error().isEmpty() && slugs.error().isEmpty() && roles.value().isEmpty()
                && slugs.value().isEmpty()) {
            formError = "give at least one role or slug";
        }
        PermitFormPage.Form checked = new PermitFormPage.Form(typed.permission(), typed.app(), typed.roles(),
                typed.slugs(), permission.error(), app.error(), roles.error(), slugs.error(), formError);
        if (!permission.error().isEmpty() || !app.error().isEmpty() || !roles.error().isEmpty()
                || !slugs.error().isEmpty() || !formError.isEmpty()) {
            return ConsoleAccess.html(400, new PermitFormPage(nav, formId, checked));
        }
        try {
            useCases.savePermits().handle(session.caller(), new SavePermits.Command(List.of(new SavePermits.Item(
                    id, app.value(), permission.value(), roles.value(), slugs.value()))));
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.INVALID_INPUT && e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
            boolean aboutApp = e.getMessage().contains("app");
            PermitFormPage.Form refused = new PermitFormPage.Form(typed.permission(), typed.app(), typed.roles(),
                    typed.slugs(), "", aboutApp ? e.getMessage() : "", "", "", aboutApp ? "" : e.getMessage());
            return ConsoleAccess.html(e.kind() == ErrorKind.CONFLICT ? 409 : 400,
                    new PermitFormPage(nav, formId, refused));
        }
        session.flash("Permit for " + permission.value().value() + " saved.");
        return Response.seeOther(LIST).build();
    }

    private ConfirmPage deletion(Caller caller, Permit permit, Nav nav, String error) {
        String app = hostsOf(useCases, caller, List.of(permit.appId()))
                .getOrDefault(permit.appId(), permit.appId().value());
        return new ConfirmPage(nav, "Delete permit", "Delete this permit? Its roles and slugs lose "
                + permit.permission().value() + " at once.",
                List.of(new ConfirmPage.Detail("Permission", permit.permission().value()),
                        new ConfirmPage.Detail("App", app),
                        new ConfirmPage.Detail("Roles", String.join(" ", permit.roles())),
                        new ConfirmPage.Detail("Slugs", String.join(" ", permit.slugs())),
                        new ConfirmPage.Detail("Id", permit.id().value())),
                "/admin/permits/" + encode(permit.id().value()) + "/delete", "Delete", "/admin/permits", error);
    }

    private Permit find(Caller caller, String id) {
        PermitId permitId = new PermitId(id);
        return useCases.listPermits().handle(caller, new ListPermits.Command(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(List.of(permitId))))
                .stream().findFirst().orElseThrow(() -> DomainException.notFound("permit not found"));
    }
}
