package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserType;
import dev.usersvc.web.session.SessionCookies;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Users, newest first, 50 a page; {@code after} is the keyset cursor (creation time of the last row shown). */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
public final class UsersResource {
    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UseCases useCases;
    private final ConsoleAccess access;

    UsersResource(UseCases useCases, ConsoleAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response users(@CookieParam(SessionCookies.SESSION) String sessionId, @QueryParam("search") String search,
                          @QueryParam("after") String after) {
        return listing(sessionId, search, after, "Users", "/admin/users", Optional.empty());
    }

    /** A page of users of one type (every type when empty): the users list and the service accounts share it. */
    Response listing(String sessionId, String search, String after, String title, String path,
                     Optional<UserType> type) {
        return access.page(sessionId, BuiltInPermissions.USER_VIEW, session -> {
            Optional<String> searched = Optional.ofNullable(search).map(String::strip).filter(s -> !s.isEmpty());
            UserQuery query = new UserQuery(Optional.empty(), searched, Optional.empty(), type,
                    UserQuery.SortField.CREATED_AT, true, cursor(after), PAGE_SIZE, false);
            List<User> users = useCases.listUsers().handle(session.caller(), query).page().items();
            List<UsersPage.Row> rows = users.stream()
                    .map(user -> new UsersPage.Row(UserResource.href(user.id()), user.slug().value(), user.name(),
                            CREATED.format(user.createdAt())))
                    .toList();
            String next = users.size() < PAGE_SIZE ? ""
                    : nextPageHref(path, searched, users.get(users.size() - 1).createdAt());
            return ConsoleAccess.html(200, new UsersPage(ConsoleAccess.nav(session), session.takeFlash().orElse(""),
                    title, path, searched.orElse(""), rows, next));
        });
    }

    private static Optional<Instant> cursor(String after) {
        if (after == null || after.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(after));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("the page cursor is not one this console made; start from the first page");
        }
    }

    static String nextPageHref(Optional<String> search, Instant lastCreatedAt) {
        return nextPageHref("/admin/users", search, lastCreatedAt);
    }

    static String nextPageHref(String path, Optional<String> search, Instant lastCreatedAt) {
        StringBuilder href = new StringBuilder(path).append('?');
        search.ifPresent(s -> href.append("search=").append(URLEncoder.encode(s, StandardCharsets.UTF_8)).append('&'));
        return href.append("after=").append(URLEncoder.encode(lastCreatedAt.toString(), StandardCharsets.UTF_8))
                .toString();
    }
}
