package dev.usersvc.rest.app;

import dev.usersvc.application.app.ListApps;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.rest.json.Bodies;
import java.util.List;

/** Contract definition {@code ListAppsRequest}: hosts travel under the singular key {@code host}. */
public record ListAppsRequest(List<String> ids, List<String> host) {
    private static final int MAX_FILTER = 1000;

    ListApps.Command toCommand() {
        return new ListApps.Command(Bodies.list(ids, AppId::new, MAX_FILTER, "ids"),
                Bodies.list(host, AppHost::new, MAX_FILTER, "host"));
    }
}
