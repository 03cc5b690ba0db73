package dev.usersvc.web.console;

/** The confirmation before anything destructive: a question, a form that posts the action, and a way back. */
public final class ConfirmPage extends ConsoleView {
    private final String title;
    private final String question;
    private final String action;
    private final String button;
    private final String cancelHref;
    private final String error;

    public ConfirmPage(Nav nav, String title, String question, String action, String button, String cancelHref,
                       String error) {
        super("confirm.ftlh", nav, "");
        this.title = title;
        this.question = question;
        this.action = action;
        this.button = button;
        this.cancelHref = cancelHref;
        this.error = error;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public String getAction() {
        return action;
    }

    public String getButton() {
        return button;
    }

    public String getCancelHref() {
        return cancelHref;
    }

    public String getError() {
        return error;
    }
}
