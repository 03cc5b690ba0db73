package dev.usersvc.web.console;

import dev.usersvc.application.Caller;
import dev.usersvc.application.UseCases;
import dev.usersvc.application.app.ListApps;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Small helpers the platform pages share to read query and form parameters and to build links. */
final class PlatformForms {
    private PlatformForms() {
    }

    /** A parameter that was given and is not blank, stripped. */
    static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Hosts of the given apps, by the public lookup by id; {@code *} stands for every app. */
    static Map<AppId, String> hostsOf(UseCases useCases, Caller caller, List<AppId> appIds) {
        List<AppId> named = appIds.stream().filter(id -> !id.isAll()).distinct().toList();
        Map<AppId, String> hosts = new HashMap<>();
        hosts.put(AppId.ALL, AppHost.ALL);
        if (!named.isEmpty()) {
            for (App app : useCases.listApps().handle(Optional.of(caller), new ListApps.Command(named, List.of()))) {
                hosts.put(app.id(), app.host().value());
            }
        }
        return hosts;
    }

    /** A user by id ({@code usr_…}) or by exact slug, through the same listing the users page uses. */
    static Optional<User> findUser(UseCases useCases, Caller caller, String slugOrId) {
        UserQuery query = slugOrId.startsWith("usr_")
                ? new UserQuery(Optional.of(List.of(new UserId(slugOrId))), Optional.empty(), Optional.empty(),
                        Optional.empty(), UserQuery.SortField.CREATED_AT, true, Optional.empty(), 1, false)
                : new UserQuery(Optional.empty(), Optional.of(slugOrId), Optional.empty(), Optional.empty(),
                        UserQuery.SortField.CREATED_AT, true, Optional.empty(), UserQuery.MAX_LIMIT, false);
        return useCases.listUsers().handle(caller, query).page().items().stream()
                .filter(found -> found.id().value().equals(slugOrId) || found.slug().value().equals(slugOrId))
                .findFirst();
    }

    /** Words separated by spaces or commas, each checked (and normalised) by {@code check}. */
    static List<String> words(String typed, Function<String, String> check) {
        List<String> values = new ArrayList<>();
        for (String word : typed.strip().split("[\\s,]+")) {
            if (!word.isEmpty()) {
                values.add(check.apply(word));
            }
        }
        return values;
    }

    /** One form field after checking: its value, or the message of the {@link DomainException} it raised. */
    record Field<T>(T value, String error) {
        interface Check<T> {
            T value();
        }

        static <T> Field<T> of(Check<T> check) {
            try {
                return new Field<>(check.value(), "");
            } catch (DomainException e) {
                return new Field<>(null, e.getMessage());
            }
        }

        boolean ok() {
            return error.isEmpty();
        }
    }
}
