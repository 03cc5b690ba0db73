package dev.usersvc.web.console;

import static dev.usersvc.web.console.PlatformForms.encode;
import static dev.usersvc.web.console.PlatformForms.findUser;
import static dev.usersvc.web.console.PlatformForms.given;
import static dev.usersvc.web.console.PlatformForms.hostsOf;
import static dev.usersvc.web.console.PlatformForms.orEmpty;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditEventId;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.web.session.SessionCookies;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log ({@code ListAuditEvents}), newest first, 50 a page by keyset ({@code after}, {@code afterId}: the
 * time and id of the last row shown). {@code actor} is a user id or slug, {@code target} the exact id an event
 * touched, so other pages can link here ({@code ?target=usr_…}). {@code from} and {@code to} are UTC dates
 * ({@code 2026-01-31}) or date-times ({@code 2026-01-31T14:05}); {@code from} is inclusive, {@code to} exclusive,
 * and a {@code to} date includes that whole day.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public final class AuditResource {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final UseCases useCases;
    private final PlatformAccess access;

    AuditResource(UseCases useCases, PlatformAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response audit(@CookieParam(SessionCookies.SESSION) String sessionId, @QueryParam("actor") String actor,
                          @QueryParam("target") String target, @QueryParam("action") String action,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("after") String after, @QueryParam("afterId") String afterId) {
        return access.page(sessionId, BuiltInPermissions.AUDIT_VIEW, session -> {
            Caller caller = session.caller();
            PlatformForms.Field<Optional<UserId>> actorId = PlatformForms.Field.of(() -> actorOf(caller, actor));
            PlatformForms.Field<Optional<AuditAction>> actionFilter =
                    PlatformForms.Field.of(() -> given(action).map(AuditAction::of));
            PlatformForms.Field<Optional<Instant>> fromTime = PlatformForms.Field.of(() -> time(from, false));
            PlatformForms.Field<Optional<Instant>> toTime = PlatformForms.Field.of(() -> time(to, true));
            AuditPage.Filters filters = new AuditPage.Filters(orEmpty(actor), orEmpty(target), orEmpty(action),
                    orEmpty(from), orEmpty(to), actorId.error(), actionFilter.error(), fromTime.error(),
                    toTime.error());
            List<AuditPage.Option> options = Arrays.stream(AuditAction.values())
                    .map(value -> new AuditPage.Option(value.value(), value.value().equals(orEmpty(action))))
                    .toList();
            if (!actorId.ok() || !actionFilter.ok() || !fromTime.ok() || !toTime.ok()) {
                return ConsoleAccess.html(400, new AuditPage(ConsoleAccess.nav(session), "", filters, options,
                        List.of(), ""));
            }
            AuditQuery query = new AuditQuery(actorId.value(), given(target), actionFilter.value(),
                    fromTime.value(), toTime.value(), cursor(after, afterId), PAGE_SIZE);
            List<AuditEvent> events = useCases.listAuditEvents().handle(caller, query).items();
            Map<AppId, String> hosts = hostsOf(useCases, caller,
                    events.stream().flatMap(event -> event.appId().stream()).toList());
            List<AuditPage.Row> rows = events.stream().map(event -> new AuditPage.Row(AT.format(event.at()),
                    event.actorSlug().isEmpty() ? "(system)" : event.actorSlug(),
                    event.actorId().map(id -> "/admin/audit?actor=" + encode(id.value())).orElse(""),
                    event.action().value(), event.target(), "/admin/audit?target=" + encode(event.target()),
                    event.appId().map(id -> hosts.getOrDefault(id, id.value())).orElse(""), event.clientAddress(),
                    event.detail())).toList();
            String next = events.size() < PAGE_SIZE ? "" : nextPageHref(filters, events.get(events.size() - 1));
            return ConsoleAccess.html(200, new AuditPage(ConsoleAccess.nav(session), session.takeFlash().orElse(""),
                    filters, options, rows, next));
        });
    }

    /** A user id as given (the user may be gone since), or the id of the user with this slug. */
    private Optional<UserId> actorOf(Caller caller, String actor) {
        Optional<String> typed = given(actor);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (typed.get().startsWith("usr_")) {
            return Optional.of(new UserId(typed.get()));
        }
        return Optional.of(findUser(useCases, caller, typed.get()).map(User::id)
                .orElseThrow(() -> DomainException.invalid("no user has this slug or id")));
    }

    /** A UTC date or date-time; a date as the end of a range means the end of that day. */
    static Optional<Instant> time(String typed, boolean endOfRange) {
        Optional<String> value = given(typed).map(v -> v.replace(' ', 'T'));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().endsWith("Z") ? value.get().substring(0, value.get().length() - 1) : value.get();
        try {
            if (!text.contains("T")) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of((endOfRange ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("use a UTC date like 2026-01-31 or a date-time like 2026-01-31T14:05");
        }
    }

    private static Optional<AuditQuery.Cursor> cursor(String after, String afterId) {
        if (given(after).isEmpty() || given(afterId).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditQuery.Cursor(Instant.parse(after), new AuditEventId(afterId)));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("the page cursor is not one this console made; start from the first page");
        }
    }

    static String nextPageHref(AuditPage.Filters filters, AuditEvent last) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", filters.actor());
        params.put("target", filters.target());
        params.put("action", filters.action());
        params.put("from", filters.from());
        params.put("to", filters.to());
        StringBuilder href = new StringBuilder("/admin/audit?");
        params.forEach((name, value) -> {
            if (!value.isBlank()) {
                href.append(name).append('=').append(encode(value)).append('&');
            }
        });
        return href.append("after=").append(encode(last.at().toString())).append("&afterId=")
                .append(encode(last.id().value())).toString();
    }
}
