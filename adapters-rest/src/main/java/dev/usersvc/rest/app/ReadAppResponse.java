package dev.usersvc.rest.app;

import dev.usersvc.rest.json.App;

/** Contract definition {@code ReadAppResponse}. */
public record ReadAppResponse(App app) {
}
