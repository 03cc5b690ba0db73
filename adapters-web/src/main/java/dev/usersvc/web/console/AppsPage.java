package dev.usersvc.web.console;

import java.util.List;

/** Every app by host, each with a link to rename it (but {@code unnamed}, which cannot be renamed). */
public final class AppsPage extends ConsoleView {
    private final List<Row> apps;

    /** One app as shown; {@code renameHref} is "" when it cannot be renamed. */
    public record Row(String id, String host, String renameHref) {
    }

    public AppsPage(Nav nav, String flash, List<Row> apps) {
        super("apps.ftlh", nav, flash);
        this.apps = List.copyOf(apps);
    }

    public List<Row> getApps() {
        return apps;
    }
}
