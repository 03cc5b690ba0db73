package dev.usersvc.web.console;

import static dev.usersvc.web.console.PlatformForms.encode;
import static dev.usersvc.web.console.PlatformForms.findUser;
import static dev.usersvc.web.console.PlatformForms.given;
import static dev.usersvc.web.console.PlatformForms.hostsOf;
import static dev.usersvc.web.console.PlatformForms.orEmpty;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.app.ListApps;
import dev.usersvc.application.enroll.BrowseEnrolls;
import dev.usersvc.application.enroll.DeleteEnrolls;
import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollCursor;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enrolls: every one, newest first, 50 a page by keyset ({@code after}, {@code afterId}: the creation time and
 * id of the last row shown); create by user or contact through {@code SaveEnrolls}; delete through
 * {@code DeleteEnrolls} after a confirmation page.
 */
@Path("/enrolls")
@Produces(MediaType.TEXT_HTML)
public final class EnrollsResource {
    static final int PAGE_SIZE = 50;
    private static final URI LIST = URI.create("/admin/enrolls");
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UseCases useCases;
    private final PlatformAccess access;

    EnrollsResource(UseCases useCases, PlatformAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response enrolls(@CookieParam(SessionCookies.SESSION) String sessionId, @QueryParam("app") String app,
                            @QueryParam("user") String user, @QueryParam("contact") String contact,
                            @QueryParam("role") String role, @QueryParam("after") String after,
                            @QueryParam("afterId") String afterId) {
        return access.page(sessionId, BuiltInPermissions.ENROLL_VIEW, session -> {
            Caller caller = session.caller();
            EnrollsPage.Filters typed = new EnrollsPage.Filters(orEmpty(app), orEmpty(user), orEmpty(contact),
                    orEmpty(role), "");
            List<Enroll> enrolls;
            String error = "";
            try {
                enrolls = filter(caller, typed)
                        .map(filter -> useCases.browseEnrolls().handle(caller,
                                new BrowseEnrolls.Command(filter, cursor(after, afterId), PAGE_SIZE)))
                        .orElse(List.of());
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.INVALID_INPUT) {
                    throw e;
                }
                enrolls = List.of();
                error = e.getMessage();
            }
            Map<AppId, String> hosts = hostsOf(useCases, caller, enrolls.stream().map(Enroll::appId).toList());
            Map<UserId, String> slugs = slugsOf(caller, enrolls.stream().flatMap(e -> e.userId().stream()).toList());
            List<EnrollsPage.Row> rows = enrolls.stream().map(enroll -> new EnrollsPage.Row(enroll.id().value(),
                    hosts.getOrDefault(enroll.appId(), enroll.appId().value()), enroll.role().value(),
                    enroll.userId().map(id -> slugs.getOrDefault(id, id.value())).orElse(""),
                    enroll.contactId().map(ContactId::value).orElse(""), CREATED.format(enroll.createdAt()),
                    "/admin/enrolls/" + encode(enroll.id().value()) + "/delete")).toList();
            String next = enrolls.size() < PAGE_SIZE ? ""
                    : nextPageHref(typed, EnrollCursor.of(enrolls.get(enrolls.size() - 1)));
            EnrollsPage.Filters shown = new EnrollsPage.Filters(typed.app(), typed.user(), typed.contact(),
                    typed.role(), error);
            return ConsoleAccess.html(error.isEmpty() ? 200 : 400, new EnrollsPage(ConsoleAccess.nav(session),
                    session.takeFlash().orElse(""), shown, rows, next));
        });
    }

    @GET
    @Path("new")
    public Response newEnroll(@CookieParam(SessionCookies.SESSION) String sessionId) {
        return access.page(sessionId, BuiltInPermissions.ENROLL_EDIT, session -> ConsoleAccess.html(200,
                new EnrollFormPage(ConsoleAccess.nav(session), EnrollFormPage.Form.empty())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @FormParam("user") String user, @FormParam("contact") String contact,
                           @FormParam("role") String role, @FormParam("app") String app,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> save(session,
                new EnrollFormPage.Form(orEmpty(user), orEmpty(contact), orEmpty(role), orEmpty(app), "", "", "",
                        "", "")));
    }

    @GET
    @Path("{id}/delete")
    public Response confirmDelete(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.ENROLL_EDIT,
                session -> ConsoleAccess.html(200, deletion(ConsoleAccess.nav(session), new EnrollId(id), "")));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id,
                           @FormParam("csrf") String csrf, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            EnrollId enrollId = new EnrollId(id);
            try {
                useCases.deleteEnrolls().handle(session.caller(), new DeleteEnrolls.Command(List.of(enrollId)));
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                return ConsoleAccess.html(409, deletion(ConsoleAccess.nav(session), enrollId, e.getMessage()));
            }
            session.flash("Enroll " + enrollId.value() + " deleted.");
            return Response.seeOther(LIST).build();
        });
    }

    private Response save(Session session, EnrollFormPage.Form typed) {
        Caller caller = session.caller();
        boolean byUser = !typed.user().isBlank();
        boolean byContact = !typed.contact().isBlank();
        String formError = byUser == byContact ? "give either a user or a contact" : "";
        PlatformForms.Field<UserId> user = PlatformForms.Field.of(() -> byUser
                ? findUser(useCases, caller, typed.user().strip()).map(User::id)
                        .orElseThrow(() -> DomainException.invalid("no user has this slug or id"))
                : null);
        PlatformForms.Field<ContactId> contact = PlatformForms.Field.of(() -> byContact
                ? ContactId.normalized(typed.contact().strip()) : null);
        PlatformForms.Field<Role> role = PlatformForms.Field.of(() -> new Role(typed.role().strip()));
        PlatformForms.Field<AppTarget> app = PlatformForms.Field.of(() -> {
            if (typed.app().isBlank()) {
                throw DomainException.invalid("app is required: a host, or * for every app");
            }
            return AppTarget.of(typed.app().strip());
        });
        if (!formError.isEmpty() || !user.ok() || !contact.ok() || !role.ok() || !app.ok()) {
            return ConsoleAccess.html(400, new EnrollFormPage(ConsoleAccess.nav(session), new EnrollFormPage.Form(
                    typed.user(), typed.contact(), typed.role(), typed.app(), user.error(), contact.error(),
                    role.error(), app.error(), formError)));
        }
        List<Enroll> pending;
        try {
            pending = useCases.saveEnrolls().handle(caller, new SaveEnrolls.Command(List.of(new SaveEnrolls.Item(
                    Optional.empty(), app.value(), role.value(), Optional.ofNullable(user.value()),
                    Optional.ofNullable(contact.value())))));
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.INVALID_INPUT && e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
            return ConsoleAccess.html(e.kind() == ErrorKind.CONFLICT ? 409 : 400, new EnrollFormPage(
                    ConsoleAccess.nav(session), new EnrollFormPage.Form(typed.user(), typed.contact(), typed.role(),
                    typed.app(), "", "", "", "", e.getMessage())));
        }
        String who = byUser ? typed.user().strip() : contact.value().value();
        session.flash("Role " + role.value().value() + (pending.isEmpty() ? " given to " : " pending for ") + who
                + ".");
        return Response.seeOther(LIST).build();
    }

    /** The filter the typed values ask for; empty when it can match nothing (an unknown app host or user). */
    private Optional<EnrollFilter> filter(Caller caller, EnrollsPage.Filters typed) {
        Optional<AppId> appId = Optional.empty();
        Optional<String> app = given(typed.app());
        if (app.isPresent()) {
            if (app.get().equals(AppHost.ALL)) {
                appId = Optional.of(AppId.ALL);
            } else {
                List<App> found = useCases.listApps().handle(Optional.of(caller),
                        new ListApps.Command(List.of(), List.of(new AppHost(app.get()))));
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                appId = Optional.of(found.get(0).id());
            }
        }
        Optional<UserId> userId = Optional.empty();
        Optional<String> user = given(typed.user());
        if (user.isPresent()) {
            userId = findUser(useCases, caller, user.get()).map(User::id);
            if (userId.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new EnrollFilter(given(typed.role()).map(value -> new Role(value).value()), userId,
                given(typed.contact()).map(ContactId::normalized), appId));
    }

    private Map<UserId, String> slugsOf(Caller caller, List<UserId> userIds) {
        List<UserId> distinct = userIds.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        UserQuery query = new UserQuery(Optional.of(distinct), Optional.empty(), Optional.empty(), Optional.empty(),
                UserQuery.SortField.CREATED_AT, true, Optional.empty(), distinct.size(), false);
        return useCases.listUsers().handle(caller, query).page().items().stream()
                .collect(Collectors.toMap(User::id, found -> found.slug().value(), (a, b) -> a));
    }

    private static ConfirmPage deletion(Nav nav, EnrollId id, String error) {
        return new ConfirmPage(nav, "Delete enroll", "Delete this enroll? Its holder loses the role at the next "
                + "login or token refresh.", List.of(new ConfirmPage.Detail("Enroll", id.value())),
                "/admin/enrolls/" + encode(id.value()) + "/delete", "Delete", "/admin/enrolls", error);
    }

    private static Optional<EnrollCursor> cursor(String after, String afterId) {
        if (given(after).isEmpty() || given(afterId).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EnrollCursor(Instant.parse(after), new EnrollId(afterId)));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("the page cursor is not one this console made; start from the first page");
        }
    }

    static String nextPageHref(EnrollsPage.Filters filters, EnrollCursor last) {
        StringBuilder href = new StringBuilder("/admin/enrolls?");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app", filters.app());
        params.put("user", filters.user());
        params.put("contact", filters.contact());
        params.put("role", filters.role());
        params.forEach((name, value) -> {
            if (!value.isBlank()) {
                href.append(name).append('=').append(encode(value)).append('&');
            }
        });
        return href.append("after=").append(encode(last.createdAt().toString())).append("&afterId=")
                .append(encode(last.id().value())).toString();
    }
}
