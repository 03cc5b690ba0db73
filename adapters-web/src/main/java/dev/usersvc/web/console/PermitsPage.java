package dev.usersvc.web.console;

import java.util.List;

/** Permits, filtered by permission, role, slug and app; each with links to edit and delete it. */
public final class PermitsPage extends ConsoleView {
    private final Filters filters;
    private final List<Row> permits;

    /** The filters as typed, and the message for a filter that is not valid ("" for none). */
    public record Filters(String permission, String role, String slug, String app, String error) {
    }

    /** One permit as shown; {@code roles} and {@code slugs} joined by spaces, {@code app} a host or "*". */
    public record Row(String id, String app, String permission, String roles, String slugs, boolean builtIn,
                      String editHref, String deleteHref) {
    }

    public PermitsPage(Nav nav, String flash, Filters filters, List<Row> permits) {
        super("permits.ftlh", nav, flash);
        this.filters = filters;
        this.permits = List.copyOf(permits);
    }

    public Filters getFilters() {
        return filters;
    }

    public List<Row> getPermits() {
        return permits;
    }
}
