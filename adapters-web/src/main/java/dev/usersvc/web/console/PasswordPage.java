package dev.usersvc.web.console;

/**
 * A password form: an admin setting another user's ({@code own} false: new password and confirmation) or the
 * signed-in user changing their own ({@code own} true: the current one as well).
 */
public final class PasswordPage extends ConsoleView {
    /** The error next to each field ("" for none); {@code formError} is about the whole form. */
    public record Errors(String current, String password, String confirmation, String formError) {
        public static final Errors NONE = new Errors("", "", "", "");
    }

    private final boolean own;
    private final String action;
    private final String slug;
    private final String cancelHref;
    private final Errors errors;

    public PasswordPage(Nav nav, String flash, boolean own, String action, String slug, String cancelHref,
                        Errors errors) {
        super("password.ftlh", nav, flash);
        this.own = own;
        this.action = action;
        this.slug = slug;
        this.cancelHref = cancelHref;
        this.errors = errors;
    }

    public boolean isOwn() {
        return own;
    }

    public String getAction() {
        return action;
    }

    public String getSlug() {
        return slug;
    }

    public String getCancelHref() {
        return cancelHref;
    }

    public Errors getErrors() {
        return errors;
    }
}
