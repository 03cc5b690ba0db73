package dev.usersvc.web.console;

/**
 * The step before a destructive action, without JavaScript: a question, a button whose form posts the action, and
 * a way back that changes nothing.
 */
public final class OrganizationConfirmPage extends ConsoleView {
    private final String title;
    private final String question;
    private final String action;
    private final String button;
    private final String cancelHref;

    public OrganizationConfirmPage(Nav nav, String title, String question, String action, String button,
                                   String cancelHref) {
        super("organization-confirm.ftlh", nav, "");
        this.title = title;
        this.question = question;
        this.action = action;
        this.button = button;
        this.cancelHref = cancelHref;
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
}
