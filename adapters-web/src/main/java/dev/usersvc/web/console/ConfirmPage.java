package dev.usersvc.web.console;

import java.util.List;

/**
 * The step before anything destructive, without JavaScript: a question, the facts about what is about to go, a
 * button whose form posts the action, and a way back that changes nothing. {@code error} ("" for none) says why
 * the action was refused, such as a built-in permit or the last admin.
 */
public final class ConfirmPage extends ConsoleView {
    private final String title;
    private final String question;
    private final List<Detail> details;
    private final String action;
    private final String button;
    private final String cancelHref;
    private final String error;

    /** One fact about what is about to go, e.g. ("Permission", "shop:read"). */
    public record Detail(String label, String value) {
    }

    public ConfirmPage(Nav nav, String title, String question, List<Detail> details, String action, String button,
                       String cancelHref, String error) {
        super("confirm.ftlh", nav, "");
        this.title = title;
        this.question = question;
        this.details = List.copyOf(details);
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

    public List<Detail> getDetails() {
        return details;
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
