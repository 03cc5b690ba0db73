package dev.usersvc.web.console;

/** Renames an app: the new host, with the refusal (taken host, bad host) next to the field. */
public final class AppFormPage extends ConsoleView {
    private final String id;
    private final String currentHost;
    private final String host;
    private final String hostError;

    public AppFormPage(Nav nav, String id, String currentHost, String host, String hostError) {
        super("app-form.ftlh", nav, "");
        this.id = id;
        this.currentHost = currentHost;
        this.host = host;
        this.hostError = hostError;
    }

    public String getId() {
        return id;
    }

    public String getCurrentHost() {
        return currentHost;
    }

    public String getHost() {
        return host;
    }

    public String getHostError() {
        return hostError;
    }
}
