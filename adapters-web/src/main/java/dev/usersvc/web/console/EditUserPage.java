package dev.usersvc.web.console;

/** Edits an account's name and labels; labels are typed one {@code key=value} a line. */
public final class EditUserPage extends ConsoleView {
    private final String userHref;
    private final String slug;
    private final String name;
    private final String labels;
    private final String nameError;
    private final String labelsError;

    public EditUserPage(Nav nav, String userHref, String slug, String name, String labels, String nameError,
                        String labelsError) {
        super("user-edit.ftlh", nav, "");
        this.userHref = userHref;
        this.slug = slug;
        this.name = name;
        this.labels = labels;
        this.nameError = nameError;
        this.labelsError = labelsError;
    }

    public String getUserHref() {
        return userHref;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getLabels() {
        return labels;
    }

    public String getNameError() {
        return nameError;
    }

    public String getLabelsError() {
        return labelsError;
    }
}
