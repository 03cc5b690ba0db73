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
        UsersResource users = new UsersResource(useCases, access);
        console.register(users);
        console.register(new UserResource(useCases, access));
        console.register(new ServiceAccountsResource(users));
        console.register(new AccountResource(useCases, access));
        console.register(new OrganizationsResource(useCases, access));
        console.register(new AssetsResource());
        PlatformAccess platform = new PlatformAccess(access);
        console.register(new PermitsResource(useCases, platform));
        console.register(new EnrollsResource(useCases, platform));
        console.register(new AppsResource(useCases, platform));
        console.register(new AuditResource(useCases, platform));
    }
}
