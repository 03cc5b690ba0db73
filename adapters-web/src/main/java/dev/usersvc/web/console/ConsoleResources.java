package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.web.session.SessionStore;
import java.time.Clock;
import org.glassfish.jersey.server.ResourceConfig;

/** Every console resource and its error mapper, for the console's own Jersey container. */
public final class ConsoleResources {
    private ConsoleResources() {
    }

    public static void registerAll(ResourceConfig console, UseCases useCases, SessionStore sessions, Clock clock) {
        ConsoleAccess access = new ConsoleAccess(sessions, useCases);
        console.register(new ConsoleErrorMapper());
        console.register(new FormSizeLimit());
        console.register(new SignInResource(useCases, sessions, access));
        console.register(new DashboardResource(useCases, sessions, access));
        console.register(new UsersResource(useCases, access));
        console.register(new AssetsResource());
    }
}
