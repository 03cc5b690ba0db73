package dev.usersvc.rest.app;

import dev.usersvc.rest.json.App;
import java.util.List;

/** Contract definition {@code ListAppsResponse}. */
public record ListAppsResponse(List<App> apps) {
}
