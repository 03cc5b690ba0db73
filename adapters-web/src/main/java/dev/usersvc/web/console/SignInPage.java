package dev.usersvc.web.console;

/** The sign-in form; field errors sit next to their field, a failed sign-in above the form. */
public final class SignInPage extends ConsoleView {
    private final String csrfToken;
    private final Form form;

    /** What was typed (never the password) and what was wrong with it; "" for nothing. */
    public record Form(String slug, String slugError, String passwordError, String formError) {
        public static final Form EMPTY = new Form("", "", "", "");
    }

    public SignInPage(String csrfToken, Form form, String flash) {
        super("sign-in.ftlh", null, flash);
        this.csrfToken = csrfToken;
        this.form = form;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public Form getForm() {
        return form;
    }
}
