package dev.usersvc.web.console;

import java.util.List;

/**
 * One page of users, newest first, with a link to the next page when there is one. The same page lists every
 * user ({@code /admin/users}) or only service accounts ({@code /admin/service-accounts}): {@code title} and
 * {@code path} tell them apart.
 */
public final class UsersPage extends ConsoleView {
    private final String title;
    private final String path;
    private final String search;
    private final List<Row> users;
    private final String nextPageHref;

    /** One user as shown: every value already formatted; {@code href} opens the user's page. */
    public record Row(String href, String slug, String name, String created) {
    }

    /** The users list; {@code nextPageHref} is "" on the last page. */
    public UsersPage(Nav nav, String flash, String search, List<Row> users, String nextPageHref) {
        this(nav, flash, "Users", "/admin/users", search, users, nextPageHref);
    }

    public UsersPage(Nav nav, String flash, String title, String path, String search, List<Row> users,
                     String nextPageHref) {
        super("users.ftlh", nav, flash);
        this.title = title;
        this.path = path;
        this.search = search;
        this.users = List.copyOf(users);
        this.nextPageHref = nextPageHref;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }

    public String getSearch() {
        return search;
    }

    public List<Row> getUsers() {
        return users;
    }

    public String getNextPageHref() {
        return nextPageHref;
    }
}
