package dev.usersvc.web.console;

import java.util.List;

/**
 * "Delete X?" before anything is deleted: a form that POSTs the deletion, and a way back. {@code error} ("" for
 * none) says why a deletion was refused, such as a built-in permit or the last admin's role.
 */
public final class DeletionPage extends ConsoleView {
    private final String title;
    private final String question;
    private final List<Detail> details;
    private final String action;
    private final String cancelHref;
    private final String error;

    /** One fact about what is about to go, e.g. ("Permission", "shop:read"). */
    public record Detail(String label, String value) {
    }

    public DeletionPage(Nav nav, String title, String question, List<Detail> details, String action,
                        String cancelHref, String error) {
        super("deletion.ftlh", nav, "");
        this.title = title;
        this.question = question;
        this.details = List.copyOf(details);
        this.action = action;
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

    public String getCancelHref() {
        return cancelHref;
    }

    public String getError() {
        return error;
    }
}
