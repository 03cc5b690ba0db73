package dev.usersvc.web.console;

import java.util.List;

/** The audit log, newest first, 50 a page, filtered by actor, target, action and time. */
public final class AuditPage extends ConsoleView {
    private final Filters filters;
    private final List<Option> actions;
    private final List<Row> events;
    private final String nextPageHref;

    /** The filters as typed and one message per field ("" for none). */
    public record Filters(String actor, String target, String action, String from, String to, String actorError,
                          String actionError, String fromError, String toError) {
    }

    /** One choice of the action filter. */
    public record Option(String value, boolean selected) {
    }

    /** One event as shown; the hrefs filter the log by this event's actor or target. */
    public record Row(String at, String actor, String actorHref, String action, String target, String targetHref,
                      String app, String clientAddress, String detail) {
    }

    /** {@code nextPageHref} is "" on the last page. */
    public AuditPage(Nav nav, String flash, Filters filters, List<Option> actions, List<Row> events,
                     String nextPageHref) {
        super("audit.ftlh", nav, flash);
        this.filters = filters;
        this.actions = List.copyOf(actions);
        this.events = List.copyOf(events);
        this.nextPageHref = nextPageHref;
    }

    public Filters getFilters() {
        return filters;
    }

    public List<Option> getActions() {
        return actions;
    }

    public List<Row> getEvents() {
        return events;
    }

    public String getNextPageHref() {
        return nextPageHref;
    }
}
