package dev.usersvc.web;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.web.console.ConsoleResources;
import dev.usersvc.web.session.SessionStore;
import freemarker.template.Configuration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.DropwizardResourceConfig;
import io.dropwizard.views.common.ViewMessageBodyWriter;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Adds the admin console under /admin. It runs in its own Jersey container, mapped to /admin/*, so it has its
 * own exception mappers (HTML pages) and the JSON API's mappers, filters and CORS never touch it, nor it them.
 * Links, redirects and the cookie path are absolute ({@code /admin/...}): the application context path must
 * stay {@code /}, as it is by default.
 */
public final class AdminConsole {
    private AdminConsole() {
    }

    /** Console sessions live in {@code sessions}, shared by every node on the same database. */
    public static void register(Environment environment, UseCases useCases, ConsoleSettings settings,
                                ConsoleSessionRepository sessions) {
        FreemarkerViewRenderer renderer = new FreemarkerViewRenderer(Configuration.VERSION_2_3_33);
        renderer.configure(Map.of());
        DropwizardResourceConfig console = new DropwizardResourceConfig(environment.metrics());
        console.register(new ViewMessageBodyWriter(environment.metrics(), List.of(renderer)));
        Clock clock = Clock.systemUTC();
        SessionStore store = new SessionStore(sessions, SessionStore.Authenticator.of(useCases), settings, clock);
        ConsoleResources.registerAll(console, useCases, store, clock);
        environment.servlets().addServlet("admin-console", new ServletContainer(console)).addMapping("/admin/*");
        environment.servlets().addFilter("admin-console-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/admin", "/admin/*");
    }
}
