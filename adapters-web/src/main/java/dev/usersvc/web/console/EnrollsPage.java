package dev.usersvc.web.console;

import java.util.List;

/** Enrolls, newest first, 50 a page, filtered by app, user, contact and role; each with a link to delete it. */
public final class EnrollsPage extends ConsoleView {
    private final Filters filters;
    private final List<Row> enrolls;
    private final String nextPageHref;

    /** The filters as typed, and the message for a filter that is not valid ("" for none). */
    public record Filters(String app, String user, String contact, String role, String error) {
    }

    /** One enroll as shown; {@code user} is the holder's slug (or id), "" for an enroll by contact. */
    public record Row(String id, String app, String role, String user, String contact, String created,
                      String deleteHref) {
    }

    /** {@code nextPageHref} is "" on the last page. */
    public EnrollsPage(Nav nav, String flash, Filters filters, List<Row> enrolls, String nextPageHref) {
        super("enrolls.ftlh", nav, flash);
        this.filters = filters;
        this.enrolls = List.copyOf(enrolls);
        this.nextPageHref = nextPageHref;
    }

    public Filters getFilters() {
        return filters;
    }

    public List<Row> getEnrolls() {
        return enrolls;
    }

    public String getNextPageHref() {
        return nextPageHref;
    }
}
