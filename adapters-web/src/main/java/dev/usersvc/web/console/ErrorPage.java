package dev.usersvc.web.console;

/** A refusal or failure, in plain HTML; {@code reference} ("" for none) points the operator to the log entry. */
public final class ErrorPage extends ConsoleView {
    private final String title;
    private final String message;
    private final String reference;

    public ErrorPage(Nav nav, String title, String message, String reference) {
        super("error.ftlh", nav, "");
        this.title = title;
        this.message = message;
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getReference() {
        return reference;
    }
}
