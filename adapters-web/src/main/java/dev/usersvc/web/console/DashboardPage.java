package dev.usersvc.web.console;

/** The landing page after sign-in. */
public final class DashboardPage extends ConsoleView {
    private final String signedInSlug;
    private final String userCount;

    public DashboardPage(Nav nav, String flash, String signedInSlug, String userCount) {
        super("dashboard.ftlh", nav, flash);
        this.signedInSlug = signedInSlug;
        this.userCount = userCount;
    }

    public String getSignedInSlug() {
        return signedInSlug;
    }

    public String getUserCount() {
        return userCount;
    }
}
