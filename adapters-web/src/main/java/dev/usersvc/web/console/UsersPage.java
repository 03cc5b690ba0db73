package dev.usersvc.web.console;

import java.util.List;

/** One page of users, newest first, with a link to the next page when there is one. */
public final class UsersPage extends ConsoleView {
    private final String search;
    private final List<Row> users;
    private final String nextPageHref;

    /** One user as shown: every value already formatted. */
    public record Row(String slug, String name, String created) {
    }

    /** {@code nextPageHref} is "" on the last page. */
    public UsersPage(Nav nav, String flash, String search, List<Row> users, String nextPageHref) {
        super("users.ftlh", nav, flash);
        this.search = search;
        this.users = List.copyOf(users);
        this.nextPageHref = nextPageHref;
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
