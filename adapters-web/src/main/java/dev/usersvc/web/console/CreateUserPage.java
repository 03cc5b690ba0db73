package dev.usersvc.web.console;

/** The form that creates an account; on a refusal it comes back with what was typed (never the password). */
public final class CreateUserPage extends ConsoleView {
    /** What was typed and the error next to each field ("" for none); {@code formError} is about the whole form. */
    public record Form(String slug, String name, String contact, String app, String roles, String slugError,
                       String nameError, String passwordError, String contactError, String rolesError,
                       String formError) {
        public static final Form EMPTY = new Form("", "", "", "unnamed", "", "", "", "", "", "", "");
    }

    private final Form form;

    public CreateUserPage(Nav nav, Form form) {
        super("user-new.ftlh", nav, "");
        this.form = form;
    }

    public Form getForm() {
        return form;
    }
}
